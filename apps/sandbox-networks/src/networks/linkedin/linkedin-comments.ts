import { Network } from '@relais/contracts';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { ListeningItem } from '../../listening/listening-item';
import { placeOwnAnswer } from '../../listening/listening-placement';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import { Sandbox } from '../../state/sandbox';
import { DEFAULT_FAIL_STATUS, stringField } from '../network-definition';
import { linkedinErrors } from './linkedin-errors';

const NETWORK = Network.LinkedIn;
const DEFAULT_COUNT = 10;
const MAX_COUNT = 100;
const REACTION_TYPES = ['LIKE', 'PRAISE', 'EMPATHY', 'INTEREST', 'APPRECIATION', 'ENTERTAINMENT'];

type Authed = (
  account: SandboxAccount,
  request: NetworkRequest,
  params: Record<string, string>,
) => NetworkResponse;

/** What a social action targets: a post of the sandbox, or a comment (listened or the account's own). */
type Target = { kind: 'post'; post: SandboxPost } | { kind: 'comment'; comment: ListeningItem };

/**
 * LinkedIn's social actions on posts: comments (`GET`/`POST /rest/socialActions/{urn}/comments`, replies
 * with `parentComment` or on the comment's URN, `DELETE .../comments/{id}?actor=`) and reactions
 * (`POST /rest/reactions?actor=`). Comments list oldest first by `start`/`count`, so comments that arrive
 * while a client pages only add to the end.
 */
export function addLinkedInCommentRoutes(
  router: HttpRouter,
  sandbox: Sandbox,
  rest: (route: Authed) => RouteHandler,
): void {
  const targetOf = (urn: string): Target | null => {
    const post = sandbox.posts.get(NETWORK, urn);
    if (post && !post.extra.deleted) return { kind: 'post', post };
    const commentId = /^urn:li:comment:\((.+),(\d+)\)$/.exec(urn)?.[2];
    const comment = commentId ? sandbox.listening.get(NETWORK, commentId) : undefined;
    return comment && !comment.deleted ? { kind: 'comment', comment } : null;
  };

  const commentView = (item: ListeningItem, viewer: SandboxAccount) => {
    const urn = String(item.extra.urn);
    const parent = item.parentId ? sandbox.listening.get(NETWORK, item.parentId) : undefined;
    const replies = sandbox.listening.childrenOf(NETWORK, item.id).filter((child) => !child.deleted).length;
    return {
      id: item.id,
      $URN: urn,
      commentUrn: urn,
      actor: item.author.id,
      object: String(item.extra.object),
      message: { text: item.text, attributes: [] },
      ...(parent ? { parentComment: String(parent.extra.urn) } : {}),
      created: { actor: item.author.id, time: item.createdAt },
      lastModified: { actor: item.author.id, time: item.createdAt },
      likesSummary: {
        totalLikes: item.likeCount,
        likedByCurrentUser: sandbox.listening.likedBy(NETWORK, urn, viewer.externalId),
      },
      commentsSummary: { aggregatedTotalComments: replies, totalFirstLevelComments: replies },
    };
  };

  const list: Authed = (account, request, { urn }) => {
    const target = targetOf(urn ?? '');
    if (!target) return linkedinErrors.notFound();
    const parentId = target.kind === 'post' ? target.post.id : target.comment.id;
    const comments = sandbox.listening.childrenOf(NETWORK, parentId).filter((item) => !item.deleted);
    const start = Math.max(0, Math.trunc(Number(request.query.get('start') ?? 0)) || 0);
    const count = Math.min(
      MAX_COUNT,
      Math.max(1, Math.trunc(Number(request.query.get('count') ?? DEFAULT_COUNT)) || DEFAULT_COUNT),
    );
    const href = (at: number) =>
      `/rest/socialActions/${encodeURIComponent(urn ?? '')}/comments?start=${at}&count=${count}`;
    const links = [
      ...(start > 0
        ? [{ type: 'application/json', rel: 'prev', href: href(Math.max(0, start - count)) }]
        : []),
      ...(start + count < comments.length
        ? [{ type: 'application/json', rel: 'next', href: href(start + count) }]
        : []),
    ];
    return {
      status: 200,
      body: {
        paging: { start, count, total: comments.length, links },
        elements: comments.slice(start, start + count).map((item) => commentView(item, account)),
      },
    };
  };

  /** A write of the account: faults and its window first. */
  const gate = (account: SandboxAccount, request: NetworkRequest): NetworkResponse | null => {
    const result = sandbox.gateWrite(NETWORK, account, request.receivedAt);
    if (result.kind === 'fail') return linkedinErrors.failure(result.status ?? DEFAULT_FAIL_STATUS);
    if (result.kind === 'rate_limited') return linkedinErrors.throttled(result.status ?? 429);
    return null;
  };

  const create: Authed = (account, request, { urn }) => {
    const body = request.body;
    const parentUrn = stringField(body, 'parentComment');
    const target = targetOf(parentUrn ?? urn ?? '');
    if (!target) return linkedinErrors.notFound();
    if (stringField(body, 'actor') !== account.externalId) return linkedinErrors.notAllowed('CREATE');
    const refused = gate(account, request);
    if (refused) return refused;
    const message = body.message as { text?: unknown } | undefined;
    const text = typeof message?.text === 'string' ? message.text : '';
    if (text.trim().length === 0) return linkedinErrors.invalid('/message/text', 'field is required');
    const placed = placeOwnAnswer(
      sandbox,
      account,
      target.kind === 'post'
        ? { kind: 'comment', postId: target.post.id, text }
        : { kind: 'reply', postId: target.comment.id, text },
      request.receivedAt,
    );
    if (!placed.ok) return linkedinErrors.notFound();
    const item = placed.item;
    if (target.kind === 'post') {
      target.post.comments.push({
        id: String(item.extra.urn),
        accountId: account.externalId,
        text,
        receivedAt: request.receivedAt,
        requestId: request.requestId,
      });
    }
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return {
      status: 201,
      headers: { 'x-restli-id': String(item.extra.urn) },
      body: commentView(item, account),
    };
  };

  const remove: Authed = (account, request, { urn, id }) => {
    if (request.query.get('actor') !== account.externalId) return linkedinErrors.notAllowed('DELETE');
    const item = sandbox.listening.get(NETWORK, id ?? '');
    const root = item ? sandbox.posts.get(NETWORK, String(item.extra.object)) : undefined;
    const onTarget =
      item && (item.parentId === urn || String(item.extra.urn) === urn || item.extra.object === urn);
    if (!item || item.deleted || !onTarget) return linkedinErrors.notFound();
    const mayDelete = item.author.id === account.externalId || root?.accountId === account.externalId;
    if (!mayDelete) return linkedinErrors.notAllowed('DELETE');
    const refused = gate(account, request);
    if (refused) return refused;
    sandbox.listening.markDeleted(item);
    return { status: 204 };
  };

  const react: Authed = (account, request) => {
    if (request.query.get('actor') !== account.externalId) return linkedinErrors.notAllowed('CREATE');
    const root = stringField(request.body, 'root');
    const reactionType = stringField(request.body, 'reactionType');
    if (!reactionType || !REACTION_TYPES.includes(reactionType)) {
      return linkedinErrors.invalid('/reactionType', `must be one of ${REACTION_TYPES.join(', ')}`);
    }
    const target = root ? targetOf(root) : null;
    if (!root || !target) return linkedinErrors.notFound();
    const refused = gate(account, request);
    if (refused) return refused;
    sandbox.listening.like(
      NETWORK,
      target.kind === 'post' ? target.post.id : target.comment.id,
      account.externalId,
    );
    if (target.kind === 'comment') sandbox.listening.like(NETWORK, root, account.externalId);
    const id = `urn:li:reaction:(${account.externalId},${root})`;
    return {
      status: 201,
      headers: { 'x-restli-id': id },
      body: { id, root, reactionType, created: { actor: account.externalId, time: request.receivedAt } },
    };
  };

  router
    .add('GET', '/rest/socialActions/:urn/comments', rest(list))
    .add('POST', '/rest/socialActions/:urn/comments', rest(create))
    .add('DELETE', '/rest/socialActions/:urn/comments/:id', rest(remove))
    .add('POST', '/rest/reactions', rest(react));
}
