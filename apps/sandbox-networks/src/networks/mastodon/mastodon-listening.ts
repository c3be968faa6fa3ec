import { Network } from '@relais/contracts';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { hashtagsOf, ListeningItem, mentionsOf } from '../../listening/listening-item';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import { Sandbox } from '../../state/sandbox';
import { DEFAULT_FAIL_STATUS, withHeaders } from '../network-definition';
import { mastodonError, mastodonErrors, mastodonRateHeaders } from './mastodon-errors';
import { authorAccountView, listenedStatusView } from './mastodon-listening-views';
import { idPage } from './mastodon-paging';

const NETWORK = Network.Mastodon;
const MAX_DESCENDANTS = 1000;
const MAX_ANCESTORS = 40;

/** A status the instance holds: one the sandbox received (published through it) or a listened one. */
export type MastodonStatus = { kind: 'post'; post: SandboxPost } | { kind: 'item'; item: ListeningItem };

type ReadRoute = (
  account: SandboxAccount,
  request: NetworkRequest,
  params: Record<string, string>,
) => NetworkResponse;

export interface MastodonListeningDeps {
  sandbox: Sandbox;
  baseUrl: () => string;
  /** A received post in Mastodon's Status shape. */
  postView: (post: SandboxPost) => Record<string, unknown>;
  /** Wraps a route needing a valid token, with the rate-limit headers. */
  read: (route: ReadRoute) => (request: NetworkRequest, params: Record<string, string>) => NetworkResponse;
}

/**
 * What listening reads and does on Mastodon: notifications (mentions), a status's context, hashtag
 * timelines, status search, direct conversations, favourites and deleting one's own statuses. Statuses
 * the sandbox received and listened ones share one id space (snowflakes growing with arrival).
 */
export function mastodonListening({ sandbox, baseUrl, postView, read }: MastodonListeningDeps) {
  /** The status if it exists, is not deleted and the account may see it (direct messages: their addressee). */
  const find = (id: string, viewer: SandboxAccount): MastodonStatus | null => {
    const post = sandbox.posts.get(NETWORK, id);
    if (post) return post.extra.deleted || !postVisibleTo(post, viewer) ? null : { kind: 'post', post };
    const item = sandbox.listening.get(NETWORK, id);
    if (!item || item.deleted) return null;
    if (item.kind === 'message' && item.accountId !== viewer.externalId) return null;
    return { kind: 'item', item };
  };

  const itemView = (item: ListeningItem, viewer: SandboxAccount) =>
    listenedStatusView(item, {
      baseUrl: baseUrl(),
      repliesCount:
        sandbox.listening.childrenOf(NETWORK, item.id).length +
        sandbox.posts.repliesTo(NETWORK, item.id).length,
      favourited: sandbox.listening.likedBy(NETWORK, item.id, viewer.externalId),
      mentioned: mentionsOf(item.text).flatMap((handle) => {
        const account = sandbox.accounts.findByHandle(NETWORK, handle);
        return account ? [{ id: account.externalId, handle: account.handle }] : [];
      }),
    });

  const view = (status: MastodonStatus, viewer: SandboxAccount): Record<string, unknown> => {
    if (status.kind === 'item') return itemView(status.item, viewer);
    const favourited = sandbox.listening.likedBy(NETWORK, status.post.id, viewer.externalId);
    return { ...postView(status.post), favourited };
  };

  const idOf = (status: MastodonStatus) => (status.kind === 'post' ? status.post.id : status.item.id);
  const parentOf = (status: MastodonStatus) =>
    status.kind === 'post' ? status.post.inReplyToId : status.item.parentId;

  /** Direct answers, listened and received, in id order. */
  const childrenOf = (id: string, viewer: SandboxAccount): MastodonStatus[] =>
    [
      ...sandbox.listening.childrenOf(NETWORK, id).map((item) => find(item.id, viewer)),
      ...sandbox.posts.repliesTo(NETWORK, id).map((post) => find(post.id, viewer)),
    ]
      .filter((status): status is MastodonStatus => status !== null)
      .sort((a, b) => (BigInt(idOf(a)) < BigInt(idOf(b)) ? -1 : 1));

  const context: ReadRoute = (viewer, _request, { id }) => {
    const status = find(id ?? '', viewer);
    if (!status) return mastodonErrors.notFound();
    const ancestors: MastodonStatus[] = [];
    for (let parentId = parentOf(status); parentId && ancestors.length < MAX_ANCESTORS;) {
      const parent = find(parentId, viewer);
      if (!parent) break;
      ancestors.unshift(parent);
      parentId = parentOf(parent);
    }
    const descendants: MastodonStatus[] = [];
    const walk = (parentId: string) => {
      for (const child of childrenOf(parentId, viewer)) {
        if (descendants.length >= MAX_DESCENDANTS) return;
        descendants.push(child);
        walk(idOf(child));
      }
    };
    walk(idOf(status));
    return {
      status: 200,
      body: {
        ancestors: ancestors.map((s) => view(s, viewer)),
        descendants: descendants.map((s) => view(s, viewer)),
      },
    };
  };

  const notifications: ReadRoute = (viewer, request) => {
    const types = [...request.query.getAll('types[]'), ...request.query.getAll('types')];
    const excluded = [...request.query.getAll('exclude_types[]'), ...request.query.getAll('exclude_types')];
    const wantsMentions = (types.length === 0 || types.includes('mention')) && !excluded.includes('mention');
    const fromAccount = request.query.get('account_id');
    const page = idPage(sandbox.listening.ofAccount(NETWORK, viewer.externalId), request, {
      idOf: (item) => item.id,
      matches: (item) =>
        wantsMentions &&
        !item.deleted &&
        item.kind !== 'message' &&
        item.kind !== 'post' &&
        (!fromAccount || item.author.id === fromAccount),
      defaultLimit: 40,
      maxLimit: 80,
      pageUrl: `${baseUrl()}/api/v1/notifications`,
      keptParams: ['limit', 'types[]', 'exclude_types[]', 'account_id'],
    });
    return {
      status: 200,
      ...(page.link ? { headers: { Link: page.link } } : {}),
      body: page.items.map((item) => ({
        id: item.id,
        type: 'mention',
        group_key: `ungrouped-${item.id}`,
        created_at: new Date(item.createdAt).toISOString(),
        account: authorAccountView(item.author, baseUrl()),
        status: itemView(item, viewer),
      })),
    };
  };

  const tagTimeline: ReadRoute = (viewer, request, { hashtag }) => {
    const tag = (hashtag ?? '').toLowerCase();
    const marker = `#${tag}`;
    const page = idPage(sandbox.listening.ofNetwork(NETWORK), request, {
      idOf: (item) => item.id,
      matches: (item) =>
        !item.deleted &&
        item.kind !== 'message' &&
        item.text.toLowerCase().includes(marker) &&
        hashtagsOf(item.text).includes(tag),
      defaultLimit: 20,
      maxLimit: 40,
      pageUrl: `${baseUrl()}/api/v1/timelines/tag/${encodeURIComponent(hashtag ?? '')}`,
      keptParams: ['limit', 'local', 'remote', 'only_media', 'any[]', 'all[]', 'none[]'],
    });
    return {
      status: 200,
      ...(page.link ? { headers: { Link: page.link } } : {}),
      body: page.items.map((item) => itemView(item, viewer)),
    };
  };

  const search: ReadRoute = (viewer, request) => {
    const q = (request.query.get('q') ?? '').trim();
    const type = request.query.get('type');
    if (type && !['accounts', 'hashtags', 'statuses'].includes(type)) {
      return mastodonError(422, 'Validation failed: Type is not included in the list');
    }
    const empty = { accounts: [], statuses: [], hashtags: [] };
    if (!q || (type && type !== 'statuses')) return { status: 200, body: empty };
    const matches = statusQuery(q, request.query.get('account_id'));
    const page = idPage(sandbox.listening.ofNetwork(NETWORK), request, {
      idOf: (item) => item.id,
      matches,
      defaultLimit: 20,
      maxLimit: 40,
      pageUrl: null,
      keptParams: [],
    });
    return { status: 200, body: { ...empty, statuses: page.items.map((item) => itemView(item, viewer)) } };
  };

  const conversations: ReadRoute = (viewer, request) => {
    // Each correspondent's latest message is the conversation's last status; conversations page by it.
    const latest = new Map<string, ListeningItem>();
    const messages = sandbox.listening.ofAccount(NETWORK, viewer.externalId);
    for (let i = messages.length - 1; i >= 0; i--) {
      const item = messages.at(i);
      if (item && item.kind === 'message' && !item.deleted && !latest.has(item.author.id)) {
        latest.set(item.author.id, item);
      }
    }
    const ordered = [...latest.values()].reverse();
    const page = idPage(ordered, request, {
      idOf: (item) => item.id,
      matches: () => true,
      defaultLimit: 20,
      maxLimit: 40,
      pageUrl: `${baseUrl()}/api/v1/conversations`,
      keptParams: ['limit'],
    });
    return {
      status: 200,
      ...(page.link ? { headers: { Link: page.link } } : {}),
      body: page.items.map((item) => ({
        id: item.author.id,
        unread: false,
        accounts: [authorAccountView(item.author, baseUrl())],
        last_status: itemView(item, viewer),
      })),
    };
  };

  /** A write of the account on a status: faults and the rate window first. */
  const write =
    (route: (account: SandboxAccount, id: string) => NetworkResponse) =>
    (request: NetworkRequest, params: Record<string, string>): NetworkResponse =>
      read((account) => {
        const gate = sandbox.gateWrite(NETWORK, account);
        const headers = mastodonRateHeaders(gate.rate);
        if (gate.kind === 'fail')
          return withHeaders(mastodonErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS), headers);
        if (gate.kind === 'rate_limited') return withHeaders(mastodonErrors.tooManyRequests(), headers);
        return withHeaders(route(account, params.id ?? ''), headers);
      })(request, params);

  const favourite = (liked: boolean) =>
    write((account, id) => {
      const status = find(id, account);
      if (!status) return mastodonErrors.notFound();
      if (liked) sandbox.listening.like(NETWORK, idOf(status), account.externalId);
      else sandbox.listening.unlike(NETWORK, idOf(status), account.externalId);
      return { status: 200, body: view(status, account) };
    });

  const remove = write((account, id) => {
    const post = sandbox.posts.get(NETWORK, id);
    if (!post || post.extra.deleted || post.accountId !== account.externalId)
      return mastodonErrors.notFound();
    post.extra.deleted = true;
    return { status: 200, body: { ...postView(post), text: post.text } };
  });

  const addRoutes = (router: HttpRouter): void => {
    router
      .add('GET', '/api/v1/notifications', read(notifications))
      .add('GET', '/api/v1/statuses/:id/context', read(context))
      .add('GET', '/api/v1/timelines/tag/:hashtag', read(tagTimeline))
      .add('GET', '/api/v2/search', read(search))
      .add('GET', '/api/v1/conversations', read(conversations))
      .add('POST', '/api/v1/statuses/:id/favourite', favourite(true))
      .add('POST', '/api/v1/statuses/:id/unfavourite', favourite(false))
      .add('DELETE', '/api/v1/statuses/:id', remove);
  };

  return { find, view, addRoutes };
}

/** Mastodon's status search: every word, `#tag` and `@handle` of the query, in public listened statuses. */
function statusQuery(q: string, accountId: string | null): (item: ListeningItem) => boolean {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  return (item) => {
    if (item.deleted || item.kind === 'message') return false;
    if (accountId && item.author.id !== accountId) return false;
    const text = item.text.toLowerCase();
    return terms.every((term) => {
      if (term.startsWith('#')) return hashtagsOf(item.text).includes(term.slice(1));
      if (term.startsWith('@')) return mentionsOf(item.text).includes(term.slice(1));
      return text.includes(term);
    });
  };
}

/**
 * Whether the account may see a received status: public and unlisted ones are seen by all; private and
 * direct ones, as no one follows or is mentioned here, only by their author.
 */
export function postVisibleTo(post: SandboxPost, account: SandboxAccount): boolean {
  const visibility = post.extra.visibility;
  return (
    visibility === undefined ||
    visibility === 'public' ||
    visibility === 'unlisted' ||
    post.accountId === account.externalId
  );
}
