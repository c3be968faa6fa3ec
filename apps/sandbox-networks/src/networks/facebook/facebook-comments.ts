import { Network } from '@relais/contracts';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { ListeningItem } from '../../listening/listening-item';
import { placeOwnAnswer } from '../../listening/listening-placement';
import { SandboxAccount } from '../../state/account.repository';
import { Sandbox } from '../../state/sandbox';
import { stringField } from '../network-definition';
import { facebookErrors, graphError, graphTime } from './facebook-errors';

const NETWORK = Network.FacebookPage;
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
const COMMENT_FIELDS = ['created_time', 'from', 'message', 'id'];

type Authed = (
  account: SandboxAccount,
  request: NetworkRequest,
  params: Record<string, string>,
) => NetworkResponse | Promise<NetworkResponse>;

export interface FacebookCommentDeps {
  sandbox: Sandbox;
  authed: (route: Authed) => RouteHandler;
  gate: (account: SandboxAccount, request: NetworkRequest) => NetworkResponse | null;
}

/**
 * Comments and messages of a page as the Graph API serves them: `GET /{post-id}/comments` (`filter`
 * toplevel|stream, `order` chronological|reverse_chronological, `since`, `limit`, cursors on arrival
 * order), `GET /{comment-id}` and `/{comment-id}/comments`, replies (`POST /{comment-id}/comments`),
 * `POST /{comment-id}` with `is_hidden`, `DELETE /{comment-id}`, `POST /{object-id}/likes`,
 * `GET /{page-id}/conversations` and `GET /{conversation-id}/messages`. Unknown or deleted objects
 * answer code 100 as Graph does.
 */
export function facebookComments({ sandbox, authed, gate }: FacebookCommentDeps) {
  const comment = (id: string): ListeningItem | null => {
    const item = sandbox.listening.get(NETWORK, id);
    return item && !item.deleted && item.kind !== 'message' && item.kind !== 'post' ? item : null;
  };

  /** The page the comment is under (the author of the thread's post). */
  const pageOf = (item: ListeningItem): string | null =>
    sandbox.posts.get(NETWORK, item.rootId)?.accountId ?? item.accountId;

  const unknown = (request: NetworkRequest, id: string) =>
    facebookErrors.unknownObject(request.requestId, id);

  const view = (item: ListeningItem, fields: readonly string[], viewer: SandboxAccount) => {
    const all: Record<string, unknown> = {
      id: item.id,
      message: item.text,
      created_time: graphTime(item.createdAt),
      from: { id: item.author.id, name: item.author.displayName },
      parent: item.parentId && item.parentId !== item.rootId ? { id: item.parentId } : undefined,
      is_hidden: item.hidden,
      like_count: item.likeCount,
      user_likes: sandbox.listening.likedBy(NETWORK, item.id, viewer.externalId),
      comment_count: sandbox.listening.childrenOf(NETWORK, item.id).filter((child) => !child.deleted).length,
      can_hide: item.parentId !== null,
      can_remove: true,
      permalink_url: `https://www.facebook.com/${item.rootId.replace('_', '/posts/')}?comment_id=${item.id}`,
      object: { id: item.rootId },
    };
    const shown: Record<string, unknown> = {};
    for (const field of fields) if (all[field] !== undefined) shown[field] = all[field];
    shown.id = item.id;
    return shown;
  };

  /** The comments under a post or comment, oldest first (`stream`: every level, else direct answers). */
  const threadOf = (id: string, stream: boolean): ListeningItem[] => {
    const direct = sandbox.listening.childrenOf(NETWORK, id).filter((item) => !item.deleted);
    if (!stream) return direct;
    const all: ListeningItem[] = [];
    const walk = (items: ListeningItem[]) => {
      for (const item of items) {
        all.push(item);
        walk(sandbox.listening.childrenOf(NETWORK, item.id).filter((child) => !child.deleted));
      }
    };
    walk(direct);
    return all.sort((a, b) => a.seq - b.seq);
  };

  const listComments: Authed = (account, request, { node }) => {
    const id = node ?? '';
    const post = sandbox.posts.get(NETWORK, id);
    if (!(post && !post.extra.deleted) && !comment(id)) return unknown(request, id);
    const filter = request.query.get('filter') ?? 'toplevel';
    const order = request.query.get('order') ?? 'chronological';
    if (
      !['toplevel', 'stream'].includes(filter) ||
      !['chronological', 'reverse_chronological'].includes(order)
    ) {
      return graphError(400, { message: '(#100) Invalid parameter', code: 100 }, request.requestId);
    }
    const since = timeParam(request.query.get('since'));
    const limit = Math.min(
      MAX_LIMIT,
      Math.max(1, Number(request.query.get('limit') ?? DEFAULT_LIMIT) || DEFAULT_LIMIT),
    );
    let items = threadOf(id, filter === 'stream').filter((item) => since === null || item.createdAt >= since);
    if (order === 'reverse_chronological') items = items.reverse();
    const after = cursorParam(request.query.get('after'));
    const before = cursorParam(request.query.get('before'));
    const forward = (item: ListeningItem, seq: number) =>
      order === 'chronological' ? item.seq > seq : item.seq < seq;
    if (after !== null) items = items.filter((item) => forward(item, after));
    let page: ListeningItem[];
    if (before !== null) {
      const earlier = items.filter((item) => !forward(item, before) && item.seq !== before);
      page = earlier.slice(-limit);
    } else page = items.slice(0, limit);
    const more = before === null && items.length > limit;
    const fields = fieldsOf(request, COMMENT_FIELDS);
    const first = page[0];
    const last = page[page.length - 1];
    const paging: Record<string, unknown> = {};
    if (first && last) {
      paging.cursors = { before: cursorOf(first.seq), after: cursorOf(last.seq) };
      if (more) {
        const next = new URLSearchParams(request.query);
        next.delete('before');
        next.set('after', cursorOf(last.seq));
        paging.next = `${request.path}?${next.toString()}`;
      }
    }
    return {
      status: 200,
      body: {
        data: page.map((item) => view(item, fields, account)),
        paging,
        ...(request.query.get('summary') === 'true' ? { summary: { order, total_count: items.length } } : {}),
      },
    };
  };

  const reply: Authed = (account, request, { node }) => {
    const parent = comment(node ?? '');
    if (!parent) return unknown(request, node ?? '');
    if (pageOf(parent) !== account.externalId) return facebookErrors.notAllowed(request.requestId);
    const refused = gate(account, request);
    if (refused) return refused;
    const message = stringField(request.body, 'message') ?? '';
    if (message.trim().length === 0) return facebookErrors.missingContent(request.requestId);
    const placed = placeOwnAnswer(
      sandbox,
      account,
      { kind: 'reply', postId: parent.id, text: message },
      request.receivedAt,
    );
    if (!placed.ok) return unknown(request, node ?? '');
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 200, body: { id: placed.item.id } };
  };

  /** `POST /{comment-id}` with `is_hidden` (and `message` to edit one's own comment). */
  const update: Authed = (account, request, { node }) => {
    const item = comment(node ?? '');
    if (!item) return unknown(request, node ?? '');
    if (pageOf(item) !== account.externalId) return facebookErrors.notAllowed(request.requestId);
    const hidden = request.body.is_hidden;
    if (hidden === undefined) {
      return graphError(
        400,
        { message: '(#100) The parameter is_hidden is required', code: 100 },
        request.requestId,
      );
    }
    const refused = gate(account, request);
    if (refused) return refused;
    sandbox.listening.setHidden(item, hidden === true || hidden === 'true');
    return { status: 200, body: { success: true } };
  };

  const remove: Authed = (account, request, { node }) => {
    const item = comment(node ?? '');
    if (!item) return unknown(request, node ?? '');
    if (pageOf(item) !== account.externalId) return facebookErrors.notAllowed(request.requestId);
    const refused = gate(account, request);
    if (refused) return refused;
    sandbox.listening.markDeleted(item);
    return { status: 200, body: { success: true } };
  };

  const like: Authed = (account, request, { node }) => {
    const id = node ?? '';
    const post = sandbox.posts.get(NETWORK, id);
    if (!(post && !post.extra.deleted) && !comment(id)) return unknown(request, id);
    const refused = gate(account, request);
    if (refused) return refused;
    sandbox.listening.like(NETWORK, id, account.externalId);
    return { status: 200, body: { success: true } };
  };

  const readComment = (
    account: SandboxAccount,
    request: NetworkRequest,
    id: string,
  ): NetworkResponse | null => {
    const item = comment(id);
    return item ? { status: 200, body: view(item, fieldsOf(request, COMMENT_FIELDS), account) } : null;
  };

  /** Messages to the page, grouped by the person who wrote (`t_<their id>`), latest first. */
  const conversations: Authed = (account, request, { node }) => {
    if (node !== account.externalId) return facebookErrors.notAllowed(request.requestId);
    const latest = new Map<string, { last: ListeningItem; count: number }>();
    for (const item of sandbox.listening.ofAccount(NETWORK, account.externalId).toArray()) {
      if (item.kind !== 'message' || item.deleted) continue;
      const known = latest.get(item.author.id);
      latest.set(item.author.id, { last: item, count: (known?.count ?? 0) + 1 });
    }
    const fields = fieldsOf(request, ['id', 'updated_time']);
    const data = [...latest.values()]
      .sort((a, b) => b.last.seq - a.last.seq)
      .map(({ last, count }) => {
        const all: Record<string, unknown> = {
          id: `t_${last.author.id}`,
          updated_time: graphTime(last.createdAt),
          message_count: count,
          snippet: last.text,
          participants: {
            data: [
              { id: last.author.id, name: last.author.displayName },
              { id: account.externalId, name: account.displayName },
            ],
          },
        };
        return Object.fromEntries(
          fields.filter((field) => all[field] !== undefined).map((field) => [field, all[field]]),
        );
      });
    return { status: 200, body: { data } };
  };

  const messages: Authed = (account, request, { node }) => {
    const authorId = /^t_(.+)$/.exec(node ?? '')?.[1];
    if (!authorId) return unknown(request, node ?? '');
    const items = sandbox.listening
      .ofAccount(NETWORK, account.externalId)
      .newestFirst(
        (item) => item.kind === 'message' && !item.deleted && item.author.id === authorId,
        MAX_LIMIT,
      );
    if (items.length === 0) return unknown(request, node ?? '');
    const fields = fieldsOf(request, ['id', 'created_time']);
    const data = items.map((item) => {
      const all: Record<string, unknown> = {
        id: item.id,
        created_time: graphTime(item.createdAt),
        message: item.text,
        from: { id: item.author.id, name: item.author.displayName },
        to: { data: [{ id: account.externalId, name: account.displayName }] },
      };
      return Object.fromEntries(
        fields.filter((field) => all[field] !== undefined).map((field) => [field, all[field]]),
      );
    });
    return { status: 200, body: { data } };
  };

  const addRoutes = (router: HttpRouter, prefix: string): void => {
    router
      .add('GET', `${prefix}/:node/comments`, authed(listComments))
      .add('POST', `${prefix}/:node/likes`, authed(like))
      .add('GET', `${prefix}/:node/conversations`, authed(conversations))
      .add('GET', `${prefix}/:node/messages`, authed(messages));
  };

  /** Routes on a bare node (`/{comment-id}`), added last: they would take any two-segment path. */
  const addNodeRoutes = (router: HttpRouter): void => {
    for (const pattern of ['/:version/:node', '/:node']) {
      router.add('POST', pattern, authed(update)).add('DELETE', pattern, authed(remove));
    }
  };

  return { addRoutes, addNodeRoutes, reply, readComment, comment };
}

function fieldsOf(request: NetworkRequest, fallback: readonly string[]): string[] {
  const fields = request.query.get('fields');
  return fields
    ? fields
        .split(',')
        .map((field) => field.trim().replace(/\{.*$/, ''))
        .filter(Boolean)
    : [...fallback];
}

function timeParam(value: string | null): number | null {
  if (!value) return null;
  const time = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function cursorOf(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

function cursorParam(value: string | null): number | null {
  if (!value) return null;
  const match = /^seq:(\d+)$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}
