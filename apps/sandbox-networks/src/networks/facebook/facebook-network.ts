import { Network } from '@relais/contracts';
import { snowflake } from '../../core/ids';
import { placeOwnAnswer } from '../../listening/listening-placement';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import {
  codePoints,
  DEFAULT_FAIL_STATUS,
  NetworkContext,
  NetworkDefinition,
  stringField,
  withHeaders,
} from '../network-definition';
import { facebookComments } from './facebook-comments';
import { facebookErrors, facebookUsageHeaders, graphTime } from './facebook-errors';
import { feedPage } from './facebook-feed';
import {
  addFacebookMediaRoutes,
  facebookMediaObject,
  facebookPostVisible,
  feedMedia,
  GraphAccess,
} from './facebook-media';
import { facebookOAuth } from './facebook-oauth';

const NETWORK = Network.FacebookPage;
export const FACEBOOK_MAX_CHARACTERS = 63_206;
const DEFAULT_FIELDS = ['id', 'message', 'created_time'];

/**
 * The Graph API for Pages: `POST /{ver}/{page-id}/feed` (form or JSON, `access_token` in the body,
 * the query or a Bearer header), `GET /{ver}/{page-id}/feed` and `/published_posts` (`since`/`until`,
 * `limit`, cursor paging), `GET /{ver}/{post-id}`,
 * `POST /{ver}/{post-id}/comments`, and the comments and messages listening reads and answers
 * (`facebook-comments.ts`). Usage headers on every answer; errors as Graph writes them.
 */
export function facebookNetwork({ sandbox, baseUrl }: NetworkContext): NetworkDefinition {
  const oauth = facebookOAuth(sandbox);
  type Authed = (
    account: SandboxAccount,
    request: NetworkRequest,
    params: Record<string, string>,
  ) => Promise<NetworkResponse> | NetworkResponse;

  /** Authenticates with the page token, then runs the route, usage headers added. */
  const authed =
    (route: Authed): RouteHandler =>
    async (request, params) => {
      if (params.version !== undefined && !/^v\d+\.\d+$/.test(params.version)) {
        return facebookErrors.unknownPath(request.requestId);
      }
      const account = authenticate(request, stringField(request.body, 'access_token'));
      if (!('externalId' in account)) return account;
      const response = await route(account, request, params);
      return withHeaders(response, usage(account, request));
    };

  function authenticate(request: NetworkRequest, bodyToken: string | null): SandboxAccount | NetworkResponse {
    const token = bodyToken ?? request.query.get('access_token') ?? sandbox.bearerOf(request.headers);
    const auth = sandbox.authenticate(NETWORK, token);
    if (auth.ok) return auth.account;
    if (auth.reason === 'missing') return facebookErrors.missingToken(request.requestId);
    if (auth.reason === 'expired') return facebookErrors.expiredToken(request.requestId, request.receivedAt);
    return facebookErrors.invalidToken(request.requestId);
  }

  function usage(account: SandboxAccount, request: NetworkRequest): Record<string, string> {
    const rate = sandbox.rateOf(NETWORK, account.externalId, request.receivedAt);
    return facebookUsageHeaders(rate, request.receivedAt);
  }

  /** Fault and window before a write; the throttled answer carries the usage of the refusing window. */
  const gate = (account: SandboxAccount, request: NetworkRequest): NetworkResponse | null => {
    const result = sandbox.gateWrite(NETWORK, account, request.receivedAt);
    if (result.kind === 'ok') return null;
    if (result.kind === 'fail')
      return facebookErrors.failure(request.requestId, result.status ?? DEFAULT_FAIL_STATUS);
    return withHeaders(
      facebookErrors.throttled(request.requestId, result.status ?? 400),
      facebookUsageHeaders(result.rate, request.receivedAt),
    );
  };

  const comments = facebookComments({ sandbox, authed, gate });

  const publish: Authed = (account, request, { node }) => {
    if (node !== account.externalId) return facebookErrors.notAllowed(request.requestId);
    const refused = gate(account, request);
    if (refused) return refused;
    const message = stringField(request.body, 'message') ?? '';
    const link = stringField(request.body, 'link');
    const attached = feedMedia(sandbox, account, request);
    if (!attached.ok) return attached.response;
    if (message.trim().length === 0 && !link && attached.media.length === 0)
      return facebookErrors.missingContent(request.requestId);
    if (codePoints(message) > FACEBOOK_MAX_CHARACTERS)
      return facebookErrors.tooLong(request.requestId, FACEBOOK_MAX_CHARACTERS);
    if (sandbox.duplicateOf(NETWORK, account.externalId, message))
      return facebookErrors.duplicate(request.requestId);
    const postPart = snowflake(request.receivedAt);
    const id = `${account.externalId}_${postPart}`;
    const post: SandboxPost = {
      id,
      network: NETWORK,
      accountId: account.externalId,
      text: message,
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `https://www.facebook.com/${account.externalId}/posts/${postPart}`,
      inReplyToId: null,
      comments: [],
      extra: {
        link,
        published: request.body.published !== false && request.body.published !== 'false',
        scheduledPublishTime: stringField(request.body, 'scheduled_publish_time'),
      },
    };
    if (attached.media.length > 0) post.media = sandbox.media.attach(attached.media, id);
    sandbox.posts.add(post);
    sandbox.rememberText(post);
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 200, body: { id } };
  };

  /** A comment of the page under one of its posts, or a reply under a comment. */
  const comment: Authed = (account, request, params) => {
    const post = sandbox.posts.get(NETWORK, params.node ?? '');
    if (!post || post.extra.deleted) return comments.reply(account, request, params);
    if (post.accountId !== account.externalId) return facebookErrors.notAllowed(request.requestId);
    const refused = gate(account, request);
    if (refused) return refused;
    const message = stringField(request.body, 'message') ?? '';
    if (message.trim().length === 0) return facebookErrors.missingContent(request.requestId);
    const placed = placeOwnAnswer(
      sandbox,
      account,
      { kind: 'comment', postId: post.id, text: message },
      request.receivedAt,
    );
    if (!placed.ok) return facebookErrors.unknownObject(request.requestId, post.id);
    const id = placed.item.id;
    post.comments.push({
      id,
      accountId: account.externalId,
      text: message,
      receivedAt: request.receivedAt,
      requestId: request.requestId,
    });
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 200, body: { id } };
  };

  /** `/feed` and `/published_posts`: the page's posts, newest first, paged by cursors. */
  const feed =
    (edge: 'feed' | 'published_posts'): Authed =>
    (account, request, { node, version }) => {
      if (node !== account.externalId) return facebookErrors.notAllowed(request.requestId);
      const edgeUrl = `${baseUrl()}${version ? `/${version}` : ''}/${account.externalId}/${edge}`;
      const all = sandbox.posts
        .byAccount(NETWORK, account.externalId)
        .filter((post) => facebookPostVisible(sandbox, post));
      // Posts scheduled with `published=false` are on the feed edge only.
      const posts = edge === 'feed' ? all : all.filter((post) => post.extra.published !== false);
      const page = feedPage(posts, request, edgeUrl);
      if (!('posts' in page)) return page;
      const fields = fieldsOf(request);
      return {
        status: 200,
        body: {
          data: page.posts.map((post) => postView(post, fields)),
          ...(page.paging ? { paging: page.paging } : {}),
        },
      };
    };

  const object: Authed = (account, request, { node }) => {
    if (node === account.externalId)
      return { status: 200, body: { id: account.externalId, name: account.displayName } };
    const media = facebookMediaObject(sandbox, account, node ?? '', fieldsOf(request));
    if (media) return { status: 200, body: media };
    const listened = comments.readComment(account, request, node ?? '');
    if (listened) return listened;
    const post = sandbox.posts.get(NETWORK, node ?? '');
    if (!post || post.accountId !== account.externalId || !facebookPostVisible(sandbox, post))
      return facebookErrors.unknownObject(request.requestId, node ?? '');
    return { status: 200, body: postView(post, fieldsOf(request)) };
  };

  const router = new HttpRouter();
  // Unversioned paths first (`/{node}/feed` would otherwise read as `/{version}/{node}`).
  const graph: GraphAccess = {
    authenticate: (request, fields) => authenticate(request, fields.access_token ?? null),
    gate,
    usage,
    addPost: (post) => {
      sandbox.posts.add(post);
      sandbox.rememberText(post);
    },
  };
  for (const prefix of ['', '/:version']) {
    addFacebookMediaRoutes(router, prefix, sandbox, graph);
    router
      .add('POST', `${prefix}/:node/feed`, authed(publish))
      .add('GET', `${prefix}/:node/feed`, authed(feed('feed')))
      .add('GET', `${prefix}/:node/published_posts`, authed(feed('published_posts')))
      .add('POST', `${prefix}/:node/comments`, authed(comment));
    comments.addRoutes(router, prefix);
  }
  // Login and the user's pages before `/{version}/{node}`, which would take `/me` and `/dialog/oauth`.
  for (const prefix of ['', '/:version']) {
    router
      .add('GET', `${prefix}/dialog/oauth`, oauth.dialog)
      .add('POST', `${prefix}/dialog/oauth`, oauth.consent)
      .add('GET', `${prefix}/oauth/access_token`, oauth.accessToken)
      .add('GET', `${prefix}/me/accounts`, oauth.pages)
      .add('GET', `${prefix}/me`, oauth.me);
  }
  router.add('GET', '/:version/:node', authed(object)).add('GET', '/:node', authed(object));
  comments.addNodeRoutes(router);

  return {
    network: NETWORK,
    requestIdHeader: 'x-fb-trace-id',
    router,
    fallbacks: {
      notFound: (request) => facebookErrors.unknownPath(request.requestId),
      badBody: (request) => facebookErrors.missingContent(request.requestId),
      internal: (request) => facebookErrors.failure(request.requestId, 500),
    },
  };
}

function fieldsOf(request: NetworkRequest): string[] {
  const fields = request.query.get('fields');
  return fields
    ? fields
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean)
    : DEFAULT_FIELDS;
}

function postView(post: SandboxPost, fields: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: post.id,
    message: post.text || undefined,
    created_time: graphTime(post.receivedAt),
    permalink_url: post.url,
    link: post.extra.link ?? undefined,
    is_published: post.extra.published,
  };
  const view: Record<string, unknown> = {};
  for (const field of fields) if (all[field] !== undefined) view[field] = all[field];
  view.id = post.id;
  return view;
}
