import { Network } from '@relais/contracts';
import { isValidRecordKey, tid } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { SandboxAccount } from '../../state/account.repository';
import { PostMedia } from '../../media/media.repository';
import { SandboxPost } from '../../state/post.repository';
import { AuthResult, IssuedTokens } from '../../state/sandbox';
import {
  DEFAULT_FAIL_STATUS,
  NetworkContext,
  NetworkDefinition,
  stringField,
  withHeaders,
} from '../network-definition';
import { blueskyErrors, blueskyRateHeaders } from './bluesky-errors';
import { isValidHandle } from './bluesky-handles';
import { recordAsLex, recordBlobs, strongRefProblem, uploadBlobRoute } from './bluesky-media';
import { didWebOf, ServiceAuth } from './bluesky-service-auth';
import { addBlueskyVideoRoutes, getServiceAuthRoute } from './bluesky-video';
import { POST_COLLECTION, postRecordProblem, recordCid, recordUri } from './bluesky-records';
import { blueskyListening } from './bluesky-listening';
import { postView } from './bluesky-views';

const NETWORK = Network.Bluesky;
/** `createSession`: 30 per 5 minutes per account. */
const SESSION_POLICY = { limit: 30, windowSeconds: 300 };
const SERVER_DID = 'did:web:sandbox.test';

/**
 * An AT Protocol PDS, the subset publishing and `@atproto/api` use: sessions (app password,
 * refresh), `createRecord` (a given rkey is unique: a second create gets the PDS's bare 500, the
 * first record can be read back), `getRecord`, `listRecords`, `getAuthorFeed`, `resolveHandle`
 * (what `RichText.detectFacets` asks for mentions), `getServiceAuth`, and the video service beside it
 * (`bluesky-video.ts`). CIDs are real (DAG-CBOR + sha-256).
 */
export function blueskyNetwork({ sandbox, baseUrl }: NetworkContext): NetworkDefinition {
  const serviceAuth = new ServiceAuth();
  /** The PDS's own DID (`describeServer`) and that of its host, both naming it as a token's audience. */
  const pdsDids = () => [SERVER_DID, didWebOf(baseUrl())];
  const refused = (auth: Exclude<AuthResult, { ok: true }>): NetworkResponse =>
    auth.reason === 'missing'
      ? blueskyErrors.authMissing()
      : auth.reason === 'expired'
        ? blueskyErrors.expiredToken()
        : blueskyErrors.invalidToken();

  const listening = blueskyListening(sandbox, refused);

  const withRate = (account: SandboxAccount, response: NetworkResponse) =>
    withHeaders(response, blueskyRateHeaders(sandbox.rateOf(NETWORK, account.externalId)));

  const session = (account: SandboxAccount, tokens: IssuedTokens) => ({
    accessJwt: tokens.accessToken,
    refreshJwt: tokens.refreshToken,
    handle: account.handle,
    did: account.externalId,
    active: true,
  });

  /** A repo named by DID or handle. */
  const repoOf = (repo: string | null): SandboxAccount | null => {
    if (!repo) return null;
    const account = repo.startsWith('did:')
      ? sandbox.accounts.find(NETWORK, repo)
      : sandbox.accounts.findBluesky(repo);
    return account ?? null;
  };

  const createSession = (request: NetworkRequest): NetworkResponse => {
    const identifier = stringField(request.body, 'identifier');
    const password = stringField(request.body, 'password');
    if (!identifier || !password)
      return blueskyErrors.invalidRequest('Input must have the properties "identifier" and "password"');
    const account = sandbox.accounts.findBluesky(identifier);
    if (!account || account.appPassword !== password) return blueskyErrors.wrongCredentials();
    const rate = sandbox.consumeExtra(
      NETWORK,
      account.externalId,
      'sessions',
      SESSION_POLICY,
      request.receivedAt,
    );
    const headers = blueskyRateHeaders(rate);
    if (!rate.allowed) return withHeaders(blueskyErrors.rateLimited(), headers);
    return { status: 200, headers, body: session(account, sandbox.issueTokens(account)) };
  };

  const refreshSession = (request: NetworkRequest): NetworkResponse => {
    const token = sandbox.bearerOf(request.headers);
    if (!token) return blueskyErrors.authMissing();
    const result = sandbox.refresh(NETWORK, token);
    if (!result.ok) {
      return result.reason === 'expired' ? blueskyErrors.expiredToken() : blueskyErrors.invalidToken();
    }
    return { status: 200, body: session(result.account, result.tokens) };
  };

  const getSession = (request: NetworkRequest): NetworkResponse => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (!auth.ok) return refused(auth);
    return withRate(auth.account, {
      status: 200,
      body: {
        handle: auth.account.handle,
        did: auth.account.externalId,
        active: true,
        emailConfirmed: false,
      },
    });
  };

  const createRecord = async (request: NetworkRequest): Promise<NetworkResponse> => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (!auth.ok) return refused(auth);
    const account = auth.account;
    const repo = stringField(request.body, 'repo');
    if (repo !== account.externalId && repo?.toLowerCase() !== account.handle) {
      return withRate(
        account,
        blueskyErrors.invalidRequest('Input/repo must be the DID or handle of the session'),
      );
    }
    const gate = sandbox.gateWrite(NETWORK, account);
    const headers = blueskyRateHeaders(gate.rate);
    if (gate.kind === 'fail')
      return withHeaders(blueskyErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS), headers);
    if (gate.kind === 'rate_limited') return withHeaders(blueskyErrors.rateLimited(), headers);
    const collection = stringField(request.body, 'collection') ?? '';
    if (!/^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*){2,}$/.test(collection)) {
      return withHeaders(blueskyErrors.invalidRequest('Input/collection must be a valid NSID'), headers);
    }
    const givenKey = stringField(request.body, 'rkey');
    if (givenKey !== null && !isValidRecordKey(givenKey)) {
      return withHeaders(blueskyErrors.invalidRequest('Input/rkey must be a valid Record Key'), headers);
    }
    const rkey = givenKey ?? tid(request.receivedAt);
    const uri = recordUri(account.externalId, collection, rkey);
    const record = request.body.record;
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      return withHeaders(blueskyErrors.invalidRequest('Input must have the property "record"'), headers);
    }
    const fields = record as Record<string, unknown>;
    let media: PostMedia[] | undefined;
    if (collection === POST_COLLECTION) {
      const lex = recordAsLex(fields);
      if (typeof lex === 'string') return withHeaders(blueskyErrors.invalidRequest(lex), headers);
      const problem = postRecordProblem(lex) ?? strongRefProblem(sandbox, fields);
      if (problem) return withHeaders(blueskyErrors.invalidRequest(problem), headers);
      const blobs = recordBlobs(sandbox, account, lex);
      if (!blobs.ok) return withHeaders(blobs.response, headers);
      media = blobs.media.map(({ file, alt }) => ({
        id: String(file.extra.cid),
        type: file.kind,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        alt,
      }));
    }
    let cid: string;
    try {
      cid = await recordCid(fields);
    } catch (error) {
      return withHeaders(
        blueskyErrors.invalidRequest(error instanceof Error ? error.message : 'Invalid record'),
        headers,
      );
    }
    // Checked once the record is valid, as the repository does when it writes it.
    if (sandbox.posts.get(NETWORK, uri)) return withHeaders(blueskyErrors.keyTaken(), headers);
    const post: SandboxPost = {
      id: uri,
      network: NETWORK,
      accountId: account.externalId,
      text: typeof fields.text === 'string' ? fields.text : '',
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `https://bsky.app/profile/${account.handle}/post/${rkey}`,
      inReplyToId: parentUri(fields),
      comments: [],
      extra: { rkey, cid, collection, record: fields },
      ...(media ? { media } : {}),
    };
    const parent = post.inReplyToId ? sandbox.posts.get(NETWORK, post.inReplyToId) : undefined;
    if (parent) sandbox.posts.addReply(parent, post);
    else sandbox.posts.add(post);
    listening.recordCreated(account, uri, collection, fields);
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    const rev = tid(request.receivedAt);
    const commitCid = await recordCid({ did: account.externalId, rev, data: cid });
    return {
      status: 200,
      headers,
      body: { uri, cid, commit: { cid: commitCid, rev }, validationStatus: 'valid' },
    };
  };

  const deleteRecord = async (request: NetworkRequest): Promise<NetworkResponse> => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (!auth.ok) return refused(auth);
    const account = auth.account;
    const repo = stringField(request.body, 'repo');
    const collection = stringField(request.body, 'collection');
    const rkey = stringField(request.body, 'rkey');
    if (repo !== account.externalId && repo?.toLowerCase() !== account.handle) {
      return withRate(
        account,
        blueskyErrors.invalidRequest('Input/repo must be the DID or handle of the session'),
      );
    }
    if (!collection || !rkey) {
      return withRate(
        account,
        blueskyErrors.invalidRequest('Input must have the properties "collection" and "rkey"'),
      );
    }
    const gate = sandbox.gateWrite(NETWORK, account);
    const headers = blueskyRateHeaders(gate.rate);
    if (gate.kind === 'fail')
      return withHeaders(blueskyErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS), headers);
    if (gate.kind === 'rate_limited') return withHeaders(blueskyErrors.rateLimited(), headers);
    listening.deleteRecord(account, recordUri(account.externalId, collection, rkey));
    const rev = tid(request.receivedAt);
    const commitCid = await recordCid({ did: account.externalId, rev });
    return { status: 200, headers, body: { commit: { cid: commitCid, rev } } };
  };

  const getRecord = (request: NetworkRequest): NetworkResponse => {
    const account = repoOf(request.query.get('repo'));
    const collection = request.query.get('collection') ?? '';
    const rkey = request.query.get('rkey') ?? '';
    const uri = recordUri(account?.externalId ?? request.query.get('repo') ?? '', collection, rkey);
    const post = account ? sandbox.posts.get(NETWORK, uri) : undefined;
    if (!post || post.extra.deleted) return blueskyErrors.recordNotFound(uri);
    return { status: 200, body: recordView(post) };
  };

  const listRecords = (request: NetworkRequest): NetworkResponse => {
    const repo = request.query.get('repo');
    const account = repoOf(repo);
    if (!account) return blueskyErrors.invalidRequest(`Could not find repo: ${repo ?? ''}`);
    const collection = request.query.get('collection');
    const posts = sandbox.posts
      .timeline(NETWORK, account.externalId)
      .filter((post) => post.extra.collection === collection && !post.extra.deleted);
    const ordered = request.query.get('reverse') === 'true' ? [...posts] : [...posts].reverse();
    const page = pageOf(ordered, request, (post) => String(post.extra.rkey));
    return {
      status: 200,
      body: { records: page.items.map(recordView), ...(page.cursor ? { cursor: page.cursor } : {}) },
    };
  };

  const getAuthorFeed = (request: NetworkRequest): NetworkResponse => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (!auth.ok && auth.reason !== 'missing') return refused(auth);
    const actor = request.query.get('actor');
    const account = repoOf(actor);
    if (!account) return blueskyErrors.invalidRequest('Profile not found');
    const posts = [...sandbox.posts.timeline(NETWORK, account.externalId)]
      .filter((post) => post.extra.collection === POST_COLLECTION && !post.extra.deleted)
      .reverse();
    const page = pageOf(posts, request, (post) => String(post.receivedAt));
    const feed = page.items.map((post) => ({ post: postView(post, account) }));
    return { status: 200, body: { feed, ...(page.cursor ? { cursor: page.cursor } : {}) } };
  };

  /** No auth; the handles this PDS holds only (a real one asks the AppView for the others). */
  const resolveHandle = (request: NetworkRequest): NetworkResponse => {
    const handle = request.query.get('handle');
    if (handle === null) return blueskyErrors.invalidRequest('Error: Params must have the property "handle"');
    if (!isValidHandle(handle)) return blueskyErrors.invalidRequest('Error: handle must be a valid handle');
    const account = sandbox.accounts.findBlueskyHandle(handle);
    if (!account) return blueskyErrors.unresolvableHandle();
    return { status: 200, body: { did: account.externalId } };
  };

  const describeServer = (): NetworkResponse => ({
    status: 200,
    body: { did: SERVER_DID, availableUserDomains: ['.sandbox.test'], inviteCodeRequired: true },
  });

  const router = new HttpRouter()
    .add('POST', '/xrpc/com.atproto.server.createSession', createSession)
    .add('POST', '/xrpc/com.atproto.server.refreshSession', refreshSession)
    .add('GET', '/xrpc/com.atproto.server.getSession', getSession)
    .add('GET', '/xrpc/com.atproto.server.describeServer', describeServer)
    .add('GET', '/xrpc/com.atproto.identity.resolveHandle', resolveHandle)
    .add('POST', '/xrpc/com.atproto.repo.createRecord', createRecord)
    .addStream('POST', '/xrpc/com.atproto.repo.uploadBlob', uploadBlobRoute(sandbox, refused))
    .add('POST', '/xrpc/com.atproto.repo.deleteRecord', deleteRecord)
    .add('GET', '/xrpc/com.atproto.repo.getRecord', getRecord)
    .add('GET', '/xrpc/com.atproto.repo.listRecords', listRecords)
    .add('GET', '/xrpc/app.bsky.feed.getAuthorFeed', getAuthorFeed)
    .add(
      'GET',
      '/xrpc/com.atproto.server.getServiceAuth',
      getServiceAuthRoute(sandbox, serviceAuth, refused),
    );
  listening.addRoutes(router);
  addBlueskyVideoRoutes(router, sandbox, serviceAuth, {
    pdsDids,
    serviceDid: () => didWebOf(baseUrl()),
  });

  return {
    network: NETWORK,
    requestIdHeader: 'X-Request-Id',
    router,
    fallbacks: {
      notFound: () => blueskyErrors.notImplemented(),
      badBody: (_request, problem) => blueskyErrors.invalidRequest(problem),
      internal: () => blueskyErrors.failure(500),
    },
  };
}

function parentUri(record: Record<string, unknown>): string | null {
  const reply = record.reply as { parent?: { uri?: unknown } } | undefined;
  return typeof reply?.parent?.uri === 'string' ? reply.parent.uri : null;
}

function recordView(post: SandboxPost) {
  return { uri: post.id, cid: post.extra.cid as string, value: post.extra.record };
}

/** `limit` (1..100, default 50) items after `cursor` (the key of the last item of the previous page). */
function pageOf<T>(
  items: T[],
  request: NetworkRequest,
  keyOf: (item: T) => string,
): { items: T[]; cursor?: string } {
  const limit = Math.min(100, Math.max(1, Number(request.query.get('limit') ?? 50) || 50));
  const cursor = request.query.get('cursor');
  const start = cursor ? items.findIndex((item) => keyOf(item) === cursor) + 1 : 0;
  const page = items.slice(start, start + limit);
  const last = page[page.length - 1];
  return { items: page, ...(start + limit < items.length && last ? { cursor: keyOf(last) } : {}) };
}
