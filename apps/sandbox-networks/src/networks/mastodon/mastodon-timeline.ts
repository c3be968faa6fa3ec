import { NetworkRequest } from '../../core/http-router';
import { SandboxPost } from '../../state/post.repository';
import { idPage } from './mastodon-paging';

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
  const excludeReplies = request.query.get('exclude_replies') === 'true';
  const page = idPage(posts, request, {
    idOf: (post) => post.id,
    matches: (post) => !post.extra.deleted && !(excludeReplies && post.inReplyToId),
    defaultLimit: MASTODON_DEFAULT_LIMIT,
    maxLimit: MASTODON_MAX_LIMIT,
    pageUrl,
    keptParams: KEPT_PARAMS,
  });
  return { statuses: page.items, link: page.link };
}
