import { Network } from '@relais/contracts';
import twitterText from 'twitter-text';
import { snowflake } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import {
  DEFAULT_FAIL_STATUS,
  NetworkContext,
  NetworkDefinition,
  stringField,
  withHeaders,
} from '../network-definition';
import { xErrors, xInvalidRequest, xRateHeaders } from './x-errors';
import { xOAuth } from './x-oauth';
import { addXMediaRoutes, tweetMedia } from './x-media';
import { itemTweetView } from './x-listening-views';
import { xListening } from './x-listening';
import { userTimelinePage } from './x-timeline';

const NETWORK = Network.X;
export const X_MAX_WEIGHTED_LENGTH = 280;

/**
 * X API v2: `POST /2/tweets` (201; 403 on duplicate content), `GET /2/tweets/:id`, `GET /2/users/me`,
 * `GET /2/users/:id/tweets` (paged: `start_time`/`end_time`, `since_id`/`until_id`, `exclude`, `max_results`,
 * `pagination_token`), `POST /2/oauth2/token` (refresh, rotating the refresh token), and what listening
 * reads and does (`x-listening.ts`). `x-rate-limit-*` headers on every authenticated answer.
 */
export function xNetwork({ sandbox }: NetworkContext): NetworkDefinition {
  const oauth = xOAuth(sandbox);
  type Authed = (
    account: SandboxAccount,
    request: NetworkRequest,
    params: Record<string, string>,
  ) => NetworkResponse;

  const authed =
    (route: Authed): RouteHandler =>
    (request, params) => {
      const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers), request.receivedAt);
      if (!auth.ok) return xErrors.unauthorized();
      const response = route(auth.account, request, params);
      return withHeaders(
        response,
        xRateHeaders(sandbox.rateOf(NETWORK, auth.account.externalId, request.receivedAt)),
      );
    };

  const listening = xListening(sandbox, authed);

  const tweet: Authed = (account, request) => {
    const gate = sandbox.gateWrite(NETWORK, account, request.receivedAt);
    if (gate.kind === 'fail') return xErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS, account.externalId);
    if (gate.kind === 'rate_limited') {
      return withHeaders(xErrors.tooManyRequests(gate.status ?? 429), xRateHeaders(gate.rate));
    }
    const text = stringField(request.body, 'text') ?? '';
    const media = request.body.media as { media_ids?: unknown[] } | undefined;
    if (text.trim().length === 0 && !(media?.media_ids && media.media_ids.length > 0)) {
      return xInvalidRequest('text', 'The `text` field must not be empty when no media is attached.');
    }
    const weighted = twitterText.parseTweet(text).weightedLength;
    if (weighted > X_MAX_WEIGHTED_LENGTH) {
      return xErrors.forbidden(
        `Your Tweet text is too long: ${weighted} of ${X_MAX_WEIGHTED_LENGTH} weighted characters.`,
      );
    }
    const reply = request.body.reply as { in_reply_to_tweet_id?: unknown } | undefined;
    if (reply !== undefined && typeof reply?.in_reply_to_tweet_id !== 'string') {
      return xInvalidRequest('$.reply', '$.reply.in_reply_to_tweet_id: is missing but it is required');
    }
    const inReplyToId = typeof reply?.in_reply_to_tweet_id === 'string' ? reply.in_reply_to_tweet_id : null;
    // A post the account published or a listened one; a deleted one can no longer be answered.
    const parent = inReplyToId ? listening.find(inReplyToId) : null;
    if (inReplyToId && !parent) return xErrors.replyNotVisible();
    const attached = tweetMedia(sandbox, account, request.body.media);
    if (!attached.ok) return attached.response;
    if (sandbox.duplicateOf(NETWORK, account.externalId, text)) return xErrors.duplicate();
    const id = snowflake(request.receivedAt);
    const post: SandboxPost = {
      id,
      network: NETWORK,
      accountId: account.externalId,
      text,
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `https://x.com/${account.handle}/status/${id}`,
      inReplyToId,
      comments: [],
      extra:
        attached.media.length > 0 ? { mediaKeys: attached.media.map((media) => media.extra.mediaKey) } : {},
      ...(attached.media.length > 0 ? { media: sandbox.media.attach(attached.media, id) } : {}),
    };
    if (parent?.kind === 'post') sandbox.posts.addReply(parent.post, post);
    else sandbox.posts.add(post);
    sandbox.rememberText(post);
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } };
  };

  const getTweet: Authed = (_account, request, { id }) => {
    const found = listening.find(id ?? '');
    if (!found) return xErrors.notFound(id ?? '', 'tweet');
    const fields = tweetFields(request);
    const data = found.kind === 'post' ? tweetView(found.post, fields) : itemTweetView(found.item, fields);
    return { status: 200, body: { data } };
  };

  const me: Authed = (account) => ({
    status: 200,
    body: { data: { id: account.externalId, name: account.displayName, username: account.handle } },
  });

  const timeline: Authed = (_account, request, { id }) => {
    const page = userTimelinePage(sandbox.posts.timeline(NETWORK, id ?? ''), request);
    if (!('posts' in page)) return page;
    const fields = tweetFields(request);
    return {
      status: 200,
      body: {
        ...(page.posts.length > 0 ? { data: page.posts.map((post) => tweetView(post, fields)) } : {}),
        meta: page.meta,
      },
    };
  };

  const refresh: RouteHandler = (request) => {
    if (stringField(request.body, 'grant_type') !== 'refresh_token') return xErrors.refreshInvalid();
    const token = stringField(request.body, 'refresh_token');
    if (!token) return xErrors.refreshInvalid();
    const result = sandbox.refresh(NETWORK, token, request.receivedAt);
    if (!result.ok) return result.reason === 'refused' ? xErrors.refreshRefused() : xErrors.refreshInvalid();
    return {
      status: 200,
      body: {
        token_type: 'bearer',
        expires_in: result.tokens.expiresIn,
        access_token: result.tokens.accessToken,
        scope: result.scopes?.join(' ') ?? 'tweet.read tweet.write users.read offline.access',
        refresh_token: result.tokens.refreshToken,
      },
    };
  };

  const router = new HttpRouter()
    .add('POST', '/2/tweets', authed(tweet))
    .add('GET', '/2/tweets/:id', authed(getTweet))
    .add('GET', '/2/users/me', authed(me))
    .add('GET', '/2/users/:id/tweets', authed(timeline))
    .add('GET', '/i/oauth2/authorize', oauth.authorize)
    .add('POST', '/i/oauth2/authorize', oauth.consent)
    .add('POST', '/2/oauth2/token', oauth.token(refresh));
  addXMediaRoutes(router, sandbox);
  listening.addRoutes(router);

  return {
    network: NETWORK,
    requestIdHeader: 'x-transaction-id',
    router,
    fallbacks: {
      notFound: () => xErrors.routeNotFound(),
      badBody: (_request, problem) => xInvalidRequest('body', problem),
      internal: () => xErrors.failure(500, ''),
    },
  };
}

function tweetFields(request: NetworkRequest): string[] {
  return (request.query.get('tweet.fields') ?? '').split(',').filter(Boolean);
}

function tweetView(post: SandboxPost, fields: string[]): Record<string, unknown> {
  return {
    id: post.id,
    text: post.text,
    edit_history_tweet_ids: [post.id],
    ...(fields.includes('created_at') ? { created_at: new Date(post.receivedAt).toISOString() } : {}),
    ...(fields.includes('author_id') ? { author_id: post.accountId } : {}),
    ...(fields.includes('conversation_id') ? { conversation_id: post.inReplyToId ?? post.id } : {}),
    ...(fields.includes('in_reply_to_user_id') && post.inReplyToId
      ? { in_reply_to_user_id: post.accountId }
      : {}),
    ...(fields.includes('referenced_tweets') && post.inReplyToId
      ? { referenced_tweets: [{ type: 'replied_to', id: post.inReplyToId }] }
      : {}),
  };
}
