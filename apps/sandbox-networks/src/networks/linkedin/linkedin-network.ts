import { Network } from '@relais/contracts';
import { snowflake } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import {
  codePoints,
  DEFAULT_FAIL_STATUS,
  NetworkContext,
  NetworkDefinition,
  stringField,
} from '../network-definition';
import { addLinkedInCommentRoutes } from './linkedin-comments';
import { linkedinErrors, oauthError } from './linkedin-errors';
import { addLinkedInMediaRoutes, postContent } from './linkedin-media';
import { linkedinOAuth } from './linkedin-oauth';
import { readLittleText } from './little-text';

const NETWORK = Network.LinkedIn;
export const LINKEDIN_MAX_CHARACTERS = 3000;
const VISIBILITIES = ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONTAINER'];
const LIFECYCLE_STATES = ['PUBLISHED', 'DRAFT', 'PUBLISH_REQUESTED'];
const SORT_ORDERS = ['LAST_MODIFIED', 'CREATED'];
/** Posts per page of the author finder: 10 by default, at most 100. */
const DEFAULT_COUNT = 10;
const MAX_COUNT = 100;

/**
 * LinkedIn's Posts API (`/rest/posts`, which needs `LinkedIn-Version` and
 * `X-Restli-Protocol-Version: 2.0.0`: 400 without) and the OAuth refresh at `/oauth/v2/accessToken`
 * (served on the same port; LinkedIn keeps the refresh token, it answers a new access token). The author
 * finder (`q=author`) pages newest first by `start`/`count` (at most 100) with `sortBy`, and no time filter.
 */
export function linkedinNetwork({ sandbox, baseUrl }: NetworkContext): NetworkDefinition {
  const oauth = linkedinOAuth(sandbox);
  type Authed = (
    account: SandboxAccount,
    request: NetworkRequest,
    params: Record<string, string>,
  ) => NetworkResponse;

  const rest =
    (route: Authed): RouteHandler =>
    (request, params) => {
      const version = request.headers['linkedin-version'];
      if (typeof version !== 'string' || version.length === 0) return linkedinErrors.versionMissing();
      if (!/^\d{6}(\.\d{2})?$/.test(version)) return linkedinErrors.versionInvalid(version);
      if (request.headers['x-restli-protocol-version'] !== '2.0.0') return linkedinErrors.protocolMissing();
      const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
      if (!auth.ok) {
        if (auth.reason === 'missing') return linkedinErrors.missingToken();
        return auth.reason === 'expired' ? linkedinErrors.expiredToken() : linkedinErrors.invalidToken();
      }
      return route(oauth.actingAccount(auth.account, request, params), request, params);
    };

  const createPost: Authed = (account, request) => {
    const body = request.body;
    if (stringField(body, 'author') !== account.externalId) return linkedinErrors.notAllowed('CREATE');
    const gate = sandbox.gateWrite(NETWORK, account, request.receivedAt);
    if (gate.kind === 'fail') return linkedinErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS);
    if (gate.kind === 'rate_limited') return linkedinErrors.throttled(gate.status ?? 429);
    const commentary = stringField(body, 'commentary') ?? '';
    const { text, hashtags } = readLittleText(commentary);
    if (text.trim().length === 0 && !body.content) {
      return linkedinErrors.invalid(
        '/commentary',
        'commentary must not be empty when the post has no content',
      );
    }
    if (codePoints(text) > LINKEDIN_MAX_CHARACTERS) {
      return linkedinErrors.invalid(
        '/commentary',
        `commentary is longer than ${LINKEDIN_MAX_CHARACTERS} characters`,
      );
    }
    const visibility = stringField(body, 'visibility');
    if (!visibility || !VISIBILITIES.includes(visibility)) {
      return linkedinErrors.invalid(
        '/visibility',
        'field is required but not found and has no default value',
      );
    }
    const distribution = body.distribution as { feedDistribution?: unknown } | undefined;
    if (!distribution || typeof distribution.feedDistribution !== 'string') {
      return linkedinErrors.invalid(
        '/distribution/feedDistribution',
        'field is required but not found and has no default value',
      );
    }
    const lifecycleState = stringField(body, 'lifecycleState');
    if (!lifecycleState || !LIFECYCLE_STATES.includes(lifecycleState)) {
      return linkedinErrors.invalid(
        '/lifecycleState',
        'field is required but not found and has no default value',
      );
    }
    const content = postContent(sandbox, account, body.content);
    if (!content.ok) return content.response;
    const duplicate = sandbox.duplicateOf(NETWORK, account.externalId, text);
    if (duplicate) return linkedinErrors.duplicate(duplicate.id);
    const id = `urn:li:share:${snowflake(request.receivedAt)}`;
    const post: SandboxPost = {
      id,
      network: NETWORK,
      accountId: account.externalId,
      text,
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `https://www.linkedin.com/feed/update/${id}/`,
      inReplyToId: null,
      comments: [],
      extra: {
        commentary,
        hashtags,
        visibility,
        distribution,
        lifecycleState,
        isReshareDisabledByAuthor: body.isReshareDisabledByAuthor === true,
        content: body.content,
      },
    };
    if (content.media.length > 0) {
      content.media.forEach((file, index) => {
        file.alt = content.alts[index] ?? null;
      });
      post.media = sandbox.media.attach(content.media, id);
    }
    sandbox.posts.add(post);
    sandbox.rememberText(post);
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 201, headers: { 'x-restli-id': id, 'x-linkedin-id': id } };
  };

  const findByAuthor: Authed = (account, request) => {
    if (request.query.get('q') !== 'author')
      return linkedinErrors.badQuery('Query parameter q must be author');
    const author = request.query.get('author');
    if (!author) return linkedinErrors.badQuery('Query parameter author is required');
    if (author !== account.externalId) return linkedinErrors.notAllowed('FINDER-author');
    const sortBy = request.query.get('sortBy') ?? 'LAST_MODIFIED';
    if (!SORT_ORDERS.includes(sortBy)) {
      return linkedinErrors.badQuery(`Query parameter sortBy must be one of ${SORT_ORDERS.join(', ')}`);
    }
    const start = Math.max(0, Math.trunc(Number(request.query.get('start') ?? 0)) || 0);
    const count = Math.min(
      MAX_COUNT,
      Math.max(1, Math.trunc(Number(request.query.get('count') ?? DEFAULT_COUNT)) || DEFAULT_COUNT),
    );
    // Both orders are newest first; a sandbox post is never edited, so they agree.
    const posts = [...sandbox.posts.byAccount(NETWORK, account.externalId)].reverse();
    return {
      status: 200,
      body: {
        paging: {
          start,
          count,
          links: pagingLinks(request.query, start, count, posts.length),
          total: posts.length,
        },
        elements: posts.slice(start, start + count).map(postView),
      },
    };
  };

  const getPost: Authed = (account, _request, { urn }) => {
    const post = sandbox.posts.get(NETWORK, urn ?? '');
    if (!post || post.accountId !== account.externalId) return linkedinErrors.notFound();
    return { status: 200, body: postView(post) };
  };

  const refresh: RouteHandler = (request) => {
    const grantType = stringField(request.body, 'grant_type');
    if (grantType !== 'refresh_token') {
      return oauthError(
        'unsupported_grant_type',
        'The grant_type must be refresh_token or authorization_code',
      );
    }
    const token = stringField(request.body, 'refresh_token');
    if (!token || !stringField(request.body, 'client_id')) {
      return oauthError('invalid_request', 'A required parameter "refresh_token" or "client_id" is missing');
    }
    const result = sandbox.refresh(NETWORK, token, request.receivedAt);
    if (!result.ok) return linkedinErrors.refreshRefused();
    const refreshClaims = sandbox.tokens.verify(
      result.tokens.refreshToken ?? '',
      NETWORK,
      'refresh',
      request.receivedAt,
    );
    return {
      status: 200,
      body: {
        access_token: result.tokens.accessToken,
        expires_in: result.tokens.expiresIn,
        refresh_token: result.tokens.refreshToken,
        refresh_token_expires_in: refreshClaims.ok
          ? Math.floor((refreshClaims.claims.expiresAt - request.receivedAt) / 1000)
          : undefined,
        scope: result.scopes?.join(',') ?? 'r_organization_social,w_organization_social',
      },
    };
  };

  const router = new HttpRouter();
  addLinkedInMediaRoutes(router, sandbox, baseUrl, rest);
  addLinkedInCommentRoutes(router, sandbox, rest);
  router
    .add('POST', '/rest/posts', rest(createPost))
    .add('GET', '/rest/posts', rest(findByAuthor))
    .add('GET', '/rest/posts/:urn', rest(getPost))
    .add('GET', '/rest/organizationAcls', rest(oauth.organizationAcls))
    .add('GET', '/rest/organizations/:id', rest(oauth.organization))
    .add('GET', '/v2/userinfo', oauth.userinfo)
    .add('GET', '/oauth/v2/authorization', oauth.authorize)
    .add('POST', '/oauth/v2/authorization', oauth.consent)
    .add('POST', '/oauth/v2/accessToken', oauth.token(refresh));

  return {
    network: NETWORK,
    requestIdHeader: 'x-li-uuid',
    router,
    fallbacks: {
      notFound: () => linkedinErrors.notFound(),
      badBody: (_request, problem) => linkedinErrors.badQuery(problem),
      internal: () => linkedinErrors.failure(500),
    },
  };
}

/** Rest.li paging links: `prev` unless at the start, `next` while posts remain. */
function pagingLinks(query: URLSearchParams, start: number, count: number, total: number) {
  const link = (rel: 'prev' | 'next', at: number) => {
    const params = new URLSearchParams(query);
    params.set('start', String(at));
    params.set('count', String(count));
    return { type: 'application/json', rel, href: `/rest/posts?${params.toString()}` };
  };
  return [
    ...(start > 0 ? [link('prev', Math.max(0, start - count))] : []),
    ...(start + count < total ? [link('next', start + count)] : []),
  ];
}

function postView(post: SandboxPost) {
  const extra = post.extra;
  return {
    id: post.id,
    author: post.accountId,
    commentary: extra.commentary,
    visibility: extra.visibility,
    distribution: extra.distribution,
    lifecycleState: extra.lifecycleState,
    isReshareDisabledByAuthor: extra.isReshareDisabledByAuthor,
    ...(extra.content ? { content: extra.content } : {}),
    createdAt: post.receivedAt,
    publishedAt: post.receivedAt,
    lastModifiedAt: post.receivedAt,
    lifecycleStateInfo: { isEditedByAuthor: false },
  };
}
