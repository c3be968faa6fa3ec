import { NetworkRequest } from '../../core/http-router';
import { SandboxPost } from '../../state/post.repository';

/** Mastodon's page size for an account's statuses: 20 by default, at most twice that. */
export const MASTODON_DEFAULT_LIMIT = 20;
export const MASTODON_MAX_LIMIT = 40;

/** The filters Mastodon carries over into its pagination links. */
const KEPT_PARAMS = ['limit', 'only_media', 'exclude_replies', 'exclude_reblogs', 'pinned', 'tagged'];

export interface StatusPage {
  statuses: SandboxPost[];
  /** The `Link` header (`rel="next"` while the page is full, `rel="prev"` unless it is empty), if any. */
  link: string | null;
}

const newer = (a: string, b: string) => BigInt(a) > BigInt(b);

/**
 * `GET /api/v1/accounts/:id/statuses` as Mastodon pages it: newest first; `max_id` for older
 * statuses, `since_id` for the newest statuses newer than an id, `min_id` for those immediately
 * newer (the page just above it, still newest first); `limit` 20 by default, at most 40.
 */
export function accountStatusPage(
  posts: readonly SandboxPost[],
  request: NetworkRequest,
  pageUrl: string,
): StatusPage {
  const query = request.query;
  const asked = Math.abs(Math.trunc(Number(query.get('limit') ?? MASTODON_DEFAULT_LIMIT)));
  const limit = Math.min(
    MASTODON_MAX_LIMIT,
    Number.isFinite(asked) && asked > 0 ? asked : MASTODON_DEFAULT_LIMIT,
  );
  const maxId = query.get('max_id');
  const sinceId = query.get('since_id');
  const minId = query.get('min_id');
  const excludeReplies = query.get('exclude_replies') === 'true';
  const inRange = (post: SandboxPost) =>
    !(excludeReplies && post.inReplyToId) &&
    (!maxId || newer(maxId, post.id)) &&
    (!sinceId || newer(post.id, sinceId)) &&
    (!minId || newer(post.id, minId));
  const matching = posts.filter(inRange);
  // min_id: the statuses just above it (the oldest of the newer ones); otherwise the newest.
  const statuses = (minId ? matching.slice(0, limit) : matching.slice(-limit)).reverse();
  return { statuses, link: linkHeader(statuses, limit, query, pageUrl) };
}

function linkHeader(
  statuses: SandboxPost[],
  limit: number,
  query: URLSearchParams,
  pageUrl: string,
): string | null {
  if (statuses.length === 0) return null;
  const link = (cursor: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const name of KEPT_PARAMS) {
      const value = query.get(name);
      if (value !== null) params.set(name, value);
    }
    for (const [name, value] of Object.entries(cursor)) params.set(name, value);
    return `${pageUrl}?${params.toString()}`;
  };
  const links: string[] = [];
  const oldest = statuses[statuses.length - 1];
  if (statuses.length === limit) links.push(`<${link({ max_id: oldest.id })}>; rel="next"`);
  links.push(`<${link({ min_id: statuses[0].id })}>; rel="prev"`);
  return links.join(', ');
}
