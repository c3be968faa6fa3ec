import { Network } from '@relais/contracts';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { ItemDeque } from '../../listening/item-deque';
import { ListeningItem } from '../../listening/listening-item';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import { AuthResult, Sandbox } from '../../state/sandbox';
import { blueskyErrors, blueskyRateHeaders, xrpcError } from './bluesky-errors';
import { POST_COLLECTION } from './bluesky-records';
import { matchesSearch, parsePostSearch } from './bluesky-search';
import { itemPostView, postView } from './bluesky-views';

const NETWORK = Network.Bluesky;
export const LIKE_COLLECTION = 'app.bsky.feed.like';

type Node = { kind: 'post'; post: SandboxPost } | { kind: 'item'; item: ListeningItem };
type Viewer = SandboxAccount | null;

/**
 * What listening reads and does on Bluesky, as the PDS proxies the AppView: notifications (mentions and
 * replies, `reasons`, `cursor`, `seenAt`), `searchPosts`, `getPostThread`, `getPosts`, and the like
 * records (`createRecord` in `app.bsky.feed.like`, `deleteRecord`). Cursors are arrival instants, so a
 * page never skips nor repeats a post that arrived while a client paged.
 */
export function blueskyListening(
  sandbox: Sandbox,
  refused: (auth: Exclude<AuthResult, { ok: true }>) => NetworkResponse,
) {
  const seenAt = new Map<string, number>();
  /** `${did} ${subject}` → the like record's URI. */
  const likes = new Map<string, string>();

  const viewerOf = (request: NetworkRequest, required: boolean): { viewer: Viewer } | NetworkResponse => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (auth.ok) return { viewer: auth.account };
    if (auth.reason === 'missing' && !required) return { viewer: null };
    return refused(auth);
  };

  const nodeOf = (uri: string): Node | null => {
    const post = sandbox.posts.get(NETWORK, uri);
    if (post)
      return post.extra.deleted || post.extra.collection !== POST_COLLECTION ? null : { kind: 'post', post };
    const item = sandbox.listening.get(NETWORK, uri);
    return item && !item.deleted && item.kind !== 'message' ? { kind: 'item', item } : null;
  };

  const uriOf = (node: Node) => (node.kind === 'post' ? node.post.id : node.item.id);
  const parentOf = (node: Node) => (node.kind === 'post' ? node.post.inReplyToId : node.item.parentId);

  const childrenOf = (uri: string): Node[] =>
    [
      ...sandbox.listening.childrenOf(NETWORK, uri).map((item) => nodeOf(item.id)),
      ...sandbox.posts.repliesTo(NETWORK, uri).map((post) => nodeOf(post.id)),
    ].filter((node): node is Node => node !== null);

  const view = (node: Node, viewer: Viewer) => {
    const uri = uriOf(node);
    const like = viewer ? likes.get(`${viewer.externalId} ${uri}`) : undefined;
    const counts = {
      replyCount: childrenOf(uri).length,
      likeCount: node.kind === 'item' ? node.item.likeCount : likeCountOf(uri),
      viewer: like ? { like } : {},
    };
    if (node.kind === 'item') return itemPostView(node.item, counts);
    return postView(node.post, sandbox.accounts.get(NETWORK, node.post.accountId), counts);
  };

  const likeCountOf = (uri: string) => [...likes.keys()].filter((key) => key.endsWith(` ${uri}`)).length;

  const limitOf = (request: NetworkRequest, fallback: number): number | NetworkResponse => {
    const raw = request.query.get('limit');
    if (raw === null) return fallback;
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return blueskyErrors.invalidRequest('Error: limit must be an integer between 1 and 100');
    }
    return limit;
  };

  const listNotifications = (request: NetworkRequest): NetworkResponse => {
    const who = viewerOf(request, true);
    if (!('viewer' in who) || !who.viewer) return 'viewer' in who ? blueskyErrors.authMissing() : who;
    const viewer = who.viewer;
    const limit = limitOf(request, 50);
    if (typeof limit !== 'number') return limit;
    const reasons = request.query.getAll('reasons');
    const seen = dateParam(request.query.get('seenAt')) ?? seenAt.get(viewer.externalId) ?? null;
    const page = newestPage(
      sandbox.listening.ofAccount(NETWORK, viewer.externalId),
      request,
      limit,
      (item) => {
        const reason = reasonOf(item);
        return reason !== null && !item.deleted && (reasons.length === 0 || reasons.includes(reason));
      },
    );
    const notifications = page.items.map((item) => ({
      uri: item.id,
      cid: item.extra.cid as string,
      author: itemPostView(item, { replyCount: 0, likeCount: 0, viewer: {} }).author,
      reason: reasonOf(item),
      ...(item.parentId ? { reasonSubject: item.parentId } : {}),
      record: item.extra.record,
      isRead: seen !== null && item.createdAt <= seen,
      indexedAt: new Date(item.createdAt).toISOString(),
      labels: [],
    }));
    return withRate(viewer, {
      status: 200,
      body: {
        notifications,
        ...(page.cursor ? { cursor: page.cursor } : {}),
        priority: false,
        ...(seen !== null ? { seenAt: new Date(seen).toISOString() } : {}),
      },
    });
  };

  const updateSeen = (request: NetworkRequest): NetworkResponse => {
    const who = viewerOf(request, true);
    if (!('viewer' in who) || !who.viewer) return 'viewer' in who ? blueskyErrors.authMissing() : who;
    const at = dateParam(typeof request.body.seenAt === 'string' ? request.body.seenAt : null);
    if (at === null) return blueskyErrors.invalidRequest('Input/seenAt must be a valid datetime');
    seenAt.set(who.viewer.externalId, at);
    return withRate(who.viewer, { status: 200 });
  };

  const searchPosts = (request: NetworkRequest): NetworkResponse => {
    const who = viewerOf(request, false);
    if (!('viewer' in who)) return who;
    if (!request.query.get('q'))
      return blueskyErrors.invalidRequest('Error: Params must have the property "q"');
    const limit = limitOf(request, 25);
    if (typeof limit !== 'number') return limit;
    const sort = request.query.get('sort') ?? 'latest';
    if (sort !== 'latest' && sort !== 'top')
      return blueskyErrors.invalidRequest('Error: sort must be latest or top');
    const search = parsePostSearch(request.query);
    if (typeof search === 'string') return blueskyErrors.invalidRequest(search);
    search.mentions = search.mentions.map((who) =>
      who.startsWith('did:') ? who : (sandbox.accounts.findBlueskyHandle(who)?.externalId ?? who),
    );
    const matches = (item: ListeningItem) =>
      !item.deleted && item.kind !== 'message' && matchesSearch(item, search, mentionedDids(item));
    const items = sandbox.listening.ofNetwork(NETWORK);
    if (sort === 'top') {
      // Most liked first; the cursor is an offset (top results move anyway as likes come).
      const offset = Math.max(0, Number(request.query.get('cursor') ?? 0) || 0);
      const all = items
        .newestFirst(matches, Number.MAX_SAFE_INTEGER)
        .sort((a, b) => b.likeCount - a.likeCount);
      const posts = all.slice(offset, offset + limit);
      return {
        status: 200,
        body: {
          posts: posts.map((item) => view({ kind: 'item', item }, who.viewer)),
          hitsTotal: all.length,
          ...(offset + limit < all.length ? { cursor: String(offset + limit) } : {}),
        },
      };
    }
    const page = newestPage(items, request, limit, matches);
    return {
      status: 200,
      body: {
        posts: page.items.map((item) => view({ kind: 'item', item }, who.viewer)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
    };
  };

  const getPostThread = (request: NetworkRequest): NetworkResponse => {
    const who = viewerOf(request, false);
    if (!('viewer' in who)) return who;
    const uri = request.query.get('uri') ?? '';
    const depth = Math.min(1000, Math.max(0, Number(request.query.get('depth') ?? 6) || 0));
    const parentHeight = Math.min(1000, Math.max(0, Number(request.query.get('parentHeight') ?? 80) || 0));
    const node = nodeOf(uri);
    if (!node) return xrpcError(400, 'NotFound', `Post not found: ${uri}`);
    const down = (current: Node, level: number): Record<string, unknown> => ({
      $type: 'app.bsky.feed.defs#threadViewPost',
      post: view(current, who.viewer),
      ...(level < depth
        ? { replies: childrenOf(uriOf(current)).map((child) => down(child, level + 1)) }
        : {}),
    });
    const up = (current: Node, height: number): Record<string, unknown> | undefined => {
      const parentUri = parentOf(current);
      const parent = parentUri && height > 0 ? nodeOf(parentUri) : null;
      if (!parent) return undefined;
      const grand = up(parent, height - 1);
      return {
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: view(parent, who.viewer),
        ...(grand ? { parent: grand } : {}),
      };
    };
    const parent = up(node, parentHeight);
    return { status: 200, body: { thread: { ...down(node, 0), ...(parent ? { parent } : {}) } } };
  };

  const getPosts = (request: NetworkRequest): NetworkResponse => {
    const who = viewerOf(request, false);
    if (!('viewer' in who)) return who;
    const uris = request.query.getAll('uris');
    if (uris.length > 25)
      return blueskyErrors.invalidRequest('Error: uris must not have more than 25 elements');
    const posts = uris.map(nodeOf).flatMap((node) => (node ? [view(node, who.viewer)] : []));
    return { status: 200, body: { posts } };
  };

  /** After a record was stored: a like counts on its subject. */
  const recordCreated = (
    account: SandboxAccount,
    uri: string,
    collection: string,
    record: Record<string, unknown>,
  ) => {
    if (collection !== LIKE_COLLECTION) return;
    const subject = (record.subject as { uri?: unknown } | undefined)?.uri;
    if (typeof subject !== 'string') return;
    likes.set(`${account.externalId} ${subject}`, uri);
    sandbox.listening.like(NETWORK, subject, account.externalId);
  };

  /** `com.atproto.repo.deleteRecord`: the record goes (a like stops counting); a missing one is no error. */
  const deleteRecord = (account: SandboxAccount, uri: string): void => {
    const post = sandbox.posts.get(NETWORK, uri);
    if (!post || post.accountId !== account.externalId || post.extra.deleted) return;
    post.extra.deleted = true;
    const subject = (post.extra.record as { subject?: { uri?: unknown } } | undefined)?.subject?.uri;
    if (post.extra.collection === LIKE_COLLECTION && typeof subject === 'string') {
      likes.delete(`${account.externalId} ${subject}`);
      sandbox.listening.unlike(NETWORK, subject, account.externalId);
    }
  };

  const withRate = (account: SandboxAccount, response: NetworkResponse): NetworkResponse => ({
    ...response,
    headers: { ...blueskyRateHeaders(sandbox.rateOf(NETWORK, account.externalId)), ...response.headers },
  });

  const addRoutes = (router: HttpRouter): void => {
    router
      .add('GET', '/xrpc/app.bsky.notification.listNotifications', listNotifications)
      .add('POST', '/xrpc/app.bsky.notification.updateSeen', updateSeen)
      .add('GET', '/xrpc/app.bsky.feed.searchPosts', searchPosts)
      .add('GET', '/xrpc/app.bsky.feed.getPostThread', getPostThread)
      .add('GET', '/xrpc/app.bsky.feed.getPosts', getPosts);
  };

  return { addRoutes, recordCreated, deleteRecord };
}

/** Mentions and replies are what a brand's notifications hold here. */
function reasonOf(item: ListeningItem): 'mention' | 'reply' | null {
  if (item.kind === 'mention') return 'mention';
  if (item.kind === 'comment' || item.kind === 'reply') return 'reply';
  return null;
}

function mentionedDids(item: ListeningItem): string[] {
  const facets = (
    item.extra.record as { facets?: Array<{ features?: Array<{ did?: unknown }> }> } | undefined
  )?.facets;
  return (facets ?? []).flatMap((facet) =>
    (facet.features ?? []).flatMap((feature) => (typeof feature.did === 'string' ? [feature.did] : [])),
  );
}

/** Newest first from the cursor (the `time_us` of the last item of the previous page). */
function newestPage(
  items: ItemDeque<ListeningItem>,
  request: NetworkRequest,
  limit: number,
  matches: (item: ListeningItem) => boolean,
): { items: ListeningItem[]; cursor: string | null } {
  const cursor = Number(request.query.get('cursor') ?? '');
  const from =
    Number.isSafeInteger(cursor) && cursor > 0
      ? items.firstIndex((item) => item.timeUs >= cursor) - 1
      : items.length - 1;
  const page = items.newestFirst(matches, limit + 1, from);
  const more = page.length > limit;
  const shown = page.slice(0, limit);
  return { items: shown, cursor: more ? String(shown[shown.length - 1].timeUs) : null };
}

function dateParam(value: string | null): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}
