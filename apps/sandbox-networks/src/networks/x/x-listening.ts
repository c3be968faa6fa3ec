import { Network } from '@relais/contracts';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { ListeningItem } from '../../listening/listening-item';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import { Sandbox } from '../../state/sandbox';
import { DEFAULT_FAIL_STATUS, withHeaders } from '../network-definition';
import { xErrors, xInvalidRequest, xProblem, xRateHeaders } from './x-errors';
import { itemPage, itemTweetView, userView } from './x-listening-views';
import { matchesXQuery, parseXQuery } from './x-query';
import { pageParams } from './x-timeline';

const NETWORK = Network.X;
const RECENT_SEARCH_MS = 7 * 86_400_000;

type Authed = (
  account: SandboxAccount,
  request: NetworkRequest,
  params: Record<string, string>,
) => NetworkResponse;

/** A post the emulator holds: one an account published, or a listened one. */
export type XTweet = { kind: 'post'; post: SandboxPost } | { kind: 'item'; item: ListeningItem };

/**
 * What listening reads and does on X: mentions of a user, recent search with X's query language, likes,
 * hiding replies, deleting one's own posts and the account's direct messages.
 */
export function xListening(sandbox: Sandbox, authed: (route: Authed) => RouteHandler) {
  /** A post that exists and is not deleted; direct messages are no posts. */
  const find = (id: string): XTweet | null => {
    const post = sandbox.posts.get(NETWORK, id);
    if (post) return post.extra.deleted ? null : { kind: 'post', post };
    const item = sandbox.listening.get(NETWORK, id);
    return item && !item.deleted && item.kind !== 'message' ? { kind: 'item', item } : null;
  };

  const listed = (
    request: NetworkRequest,
    items: ListeningItem[],
    meta: Record<string, unknown>,
  ): NetworkResponse => {
    const fields = (request.query.get('tweet.fields') ?? '').split(',').filter(Boolean);
    const expansions = (request.query.get('expansions') ?? '').split(',').filter(Boolean);
    const userFields = (request.query.get('user.fields') ?? '').split(',').filter(Boolean);
    const users = new Map(items.map((item) => [item.author.id, userView(item.author, userFields)]));
    return {
      status: 200,
      body: {
        ...(items.length > 0 ? { data: items.map((item) => itemTweetView(item, fields)) } : {}),
        ...(expansions.includes('author_id') && users.size > 0
          ? { includes: { users: [...users.values()] } }
          : {}),
        meta,
      },
    };
  };

  const mentions: Authed = (_account, request, { id }) => {
    const params = pageParams(request.query, {
      min: 5,
      max: 100,
      fallback: 10,
      tokenName: 'pagination_token',
    });
    if ('status' in params) return params;
    const page = itemPage(
      sandbox.listening.ofAccount(NETWORK, id ?? ''),
      params,
      (item) => !item.deleted && item.kind !== 'message' && item.kind !== 'post',
    );
    return listed(request, page.items, page.meta);
  };

  const searchRecent: Authed = (_account, request) => {
    const q = request.query.get('query');
    if (q === null) return xInvalidRequest('query', 'The `query` query parameter can not be empty');
    const query = parseXQuery(q);
    if (typeof query === 'string') {
      return xInvalidRequest('query', `There were errors processing your request: ${query} (at position 1)`);
    }
    const params = pageParams(request.query, { min: 10, max: 100, fallback: 10, tokenName: 'next_token' });
    if ('status' in params) return params;
    const oldest = request.receivedAt - RECENT_SEARCH_MS;
    const context = { handleOf: (userId: string) => sandbox.accounts.find(NETWORK, userId)?.handle ?? null };
    const page = itemPage(
      sandbox.listening.ofNetwork(NETWORK),
      params,
      (item) =>
        !item.deleted &&
        item.kind !== 'message' &&
        item.createdAt >= oldest &&
        matchesXQuery(query, item, context),
    );
    const { previous_token: _previous, ...meta } = page.meta;
    return listed(request, page.items, meta);
  };

  /** A write: faults and the account's window first. */
  const write =
    (route: Authed): Authed =>
    (account, request, params) => {
      const gate = sandbox.gateWrite(NETWORK, account, request.receivedAt);
      if (gate.kind === 'fail')
        return xErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS, account.externalId);
      if (gate.kind === 'rate_limited') {
        return withHeaders(xErrors.tooManyRequests(gate.status ?? 429), xRateHeaders(gate.rate));
      }
      return route(account, request, params);
    };

  const notYou = () => xProblem(403, 'Forbidden', 'You are not permitted to perform this action.');

  const like = write((account, request, { id }) => {
    if (id !== account.externalId) return notYou();
    const tweetId = typeof request.body.tweet_id === 'string' ? request.body.tweet_id : null;
    if (!tweetId) return xInvalidRequest('tweet_id', '$.tweet_id: is missing but it is required');
    if (!find(tweetId)) return xErrors.notFound(tweetId, 'tweet');
    sandbox.listening.like(NETWORK, tweetId, account.externalId);
    return { status: 200, body: { data: { liked: true } } };
  });

  const unlike = write((account, _request, { id, tweetId }) => {
    if (id !== account.externalId) return notYou();
    sandbox.listening.unlike(NETWORK, tweetId ?? '', account.externalId);
    return { status: 200, body: { data: { liked: false } } };
  });

  const hide = write((account, request, { id }) => {
    const hidden = request.body.hidden;
    if (typeof hidden !== 'boolean')
      return xInvalidRequest('hidden', '$.hidden: is missing but it is required');
    const item = sandbox.listening.get(NETWORK, id ?? '');
    const root = item ? find(item.rootId) : null;
    const ownsConversation = root?.kind === 'post' && root.post.accountId === account.externalId;
    if (!item || item.deleted || !item.parentId || !ownsConversation) {
      return xProblem(403, 'Forbidden', 'You can only hide or unhide replies to conversations you authored.');
    }
    sandbox.listening.setHidden(item, hidden);
    return { status: 200, body: { data: { hidden } } };
  });

  const remove = write((account, _request, { id }) => {
    const found = find(id ?? '');
    if (!found) return xErrors.notFound(id ?? '', 'tweet');
    const post = found.kind === 'post' ? found.post : null;
    if (!post || post.accountId !== account.externalId) {
      return xProblem(403, 'Forbidden', 'You are not allowed to delete a Tweet that is not yours.');
    }
    post.extra.deleted = true;
    return { status: 200, body: { data: { deleted: true } } };
  });

  const dmEvents: Authed = (account, request) => {
    const params = pageParams(request.query, {
      min: 1,
      max: 100,
      fallback: 100,
      tokenName: 'pagination_token',
    });
    if ('status' in params) return params;
    const page = itemPage(
      sandbox.listening.ofAccount(NETWORK, account.externalId),
      params,
      (item) => item.kind === 'message' && !item.deleted,
    );
    const fields = (
      request.query.get('dm_event.fields') ?? 'id,event_type,text,sender_id,created_at,dm_conversation_id'
    )
      .split(',')
      .filter(Boolean);
    const events = page.items.map((item) => {
      const event: Record<string, unknown> = { id: item.id, event_type: 'MessageCreate', text: item.text };
      if (fields.includes('sender_id')) event.sender_id = item.author.id;
      if (fields.includes('created_at')) event.created_at = new Date(item.createdAt).toISOString();
      if (fields.includes('dm_conversation_id'))
        event.dm_conversation_id = `${item.author.id}-${account.externalId}`;
      return event;
    });
    const { newest_id: _newest, oldest_id: _oldest, ...meta } = page.meta;
    return { status: 200, body: { ...(events.length > 0 ? { data: events } : {}), meta } };
  };

  const addRoutes = (router: HttpRouter): void => {
    router
      .add('GET', '/2/users/:id/mentions', authed(mentions))
      .add('GET', '/2/tweets/search/recent', authed(searchRecent))
      .add('POST', '/2/users/:id/likes', authed(like))
      .add('DELETE', '/2/users/:id/likes/:tweetId', authed(unlike))
      .add('PUT', '/2/tweets/:id/hidden', authed(hide))
      .add('DELETE', '/2/tweets/:id', authed(remove))
      .add('GET', '/2/dm_events', authed(dmEvents));
  };

  return { find, addRoutes };
}
