import { NetworkRequest, NetworkResponse } from '../../core/http-router';
import { SandboxPost } from '../../state/post.repository';
import { xInvalidRequest } from './x-errors';

/** `max_results` of `GET /2/users/:id/tweets`: 10 by default, from 5 to 100. */
export const X_TIMELINE_DEFAULT_RESULTS = 10;
export const X_TIMELINE_MIN_RESULTS = 5;
export const X_TIMELINE_MAX_RESULTS = 100;
/** Only the most recent 3,200 posts of a user can be read back (800 when replies are excluded). */
export const X_TIMELINE_DEPTH = 3200;
export const X_TIMELINE_DEPTH_WITHOUT_REPLIES = 800;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const EXCLUDABLE = ['replies', 'retweets'];

export interface TimelinePage {
  posts: SandboxPost[];
  meta: Record<string, unknown>;
}

/** A page token: which side of which post the page starts (opaque to clients). */
export interface Cursor {
  direction: 'older' | 'newer';
  id: bigint;
}

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.direction === 'older' ? 'n' : 'p'}${cursor.id.toString(36)}`;
}

function decodeCursor(token: string): Cursor | null {
  const match = /^([np])([0-9a-z]{1,20})$/.exec(token);
  if (!match) return null;
  let id = 0n;
  for (const digit of match[2]) id = id * 36n + BigInt(parseInt(digit, 36));
  return { direction: match[1] === 'n' ? 'older' : 'newer', id };
}

/**
 * `GET /2/users/:id/tweets` as X pages it: newest first, within `start_time`/`end_time` (RFC 3339,
 * inclusive) and `since_id`/`until_id` (exclusive), `exclude=replies,retweets`, `max_results` from 5
 * to 100, and `meta.next_token` / `meta.previous_token` to pass back as `pagination_token`.
 * `timeline`: the user's posts and replies, oldest first.
 */
export function userTimelinePage(
  timeline: readonly SandboxPost[],
  request: NetworkRequest,
): TimelinePage | NetworkResponse {
  const params = pageParams(request.query, {
    min: X_TIMELINE_MIN_RESULTS,
    max: X_TIMELINE_MAX_RESULTS,
    fallback: X_TIMELINE_DEFAULT_RESULTS,
    tokenName: 'pagination_token',
  });
  if ('status' in params) return params;
  const { maxResults, startTime, endTime, sinceId, untilId, cursor } = params;
  const excluded = (request.query.get('exclude') ?? '').split(',').filter(Boolean);
  const unknown = excluded.find((value) => !EXCLUDABLE.includes(value));
  if (unknown !== undefined) {
    return xInvalidRequest(
      'exclude',
      `The \`exclude\` query parameter value [${unknown}] is not one of [${EXCLUDABLE.join(',')}]`,
    );
  }
  const withoutReplies = excluded.includes('replies');
  const depth = withoutReplies ? X_TIMELINE_DEPTH_WITHOUT_REPLIES : X_TIMELINE_DEPTH;
  // Newest first, as deep as X lets a timeline be read, then the request's filters.
  const matching = [...timeline]
    .reverse()
    .filter((post) => !post.extra.deleted && !(withoutReplies && post.inReplyToId))
    .slice(0, depth)
    .filter((post) => {
      const id = BigInt(post.id);
      return (
        (startTime === undefined || post.receivedAt >= startTime) &&
        (endTime === undefined || post.receivedAt <= endTime) &&
        (sinceId === undefined || id > sinceId) &&
        (untilId === undefined || id < untilId)
      );
    });
  let from = 0;
  if (cursor?.direction === 'older') {
    from = matching.findIndex((post) => BigInt(post.id) < cursor.id);
    if (from < 0) from = matching.length;
  } else if (cursor?.direction === 'newer') {
    const above = matching.filter((post) => BigInt(post.id) > cursor.id).length;
    from = Math.max(0, above - maxResults);
  }
  const posts = matching.slice(from, from + maxResults);
  const newest = posts[0];
  const oldest = posts[posts.length - 1];
  const meta: Record<string, unknown> = { result_count: posts.length };
  if (newest && oldest) {
    meta.newest_id = newest.id;
    meta.oldest_id = oldest.id;
    if (from + posts.length < matching.length) {
      meta.next_token = encodeCursor({ direction: 'older', id: BigInt(oldest.id) });
    }
    if (from > 0) meta.previous_token = encodeCursor({ direction: 'newer', id: BigInt(newest.id) });
  }
  return { posts, meta };
}

/** An RFC 3339 instant parameter (Unix ms), undefined when absent, or X's 400. */
function instant(query: URLSearchParams, name: string): number | undefined | NetworkResponse {
  const value = query.get(name);
  if (value === null) return undefined;
  const parsed = RFC3339.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(parsed)) {
    return xInvalidRequest(
      name,
      `Invalid '${name}':'${value}'. '${name}' must be a valid RFC 3339 date-time (YYYY-MM-DDTHH:mm:ssZ)`,
    );
  }
  return parsed;
}

/** A post id parameter, undefined when absent, or X's 400. */
function postId(query: URLSearchParams, name: string): bigint | undefined | NetworkResponse {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!/^\d{1,19}$/.test(value)) {
    return xInvalidRequest(
      name,
      `The \`${name}\` query parameter value [${value}] does not match ^[0-9]{1,19}$`,
    );
  }
  return BigInt(value);
}

/** The paging parameters X's timelines and searches share, validated in X's words. */
export interface PageParams {
  maxResults: number;
  startTime: number | undefined;
  endTime: number | undefined;
  sinceId: bigint | undefined;
  untilId: bigint | undefined;
  cursor: Cursor | null;
}

export function pageParams(
  query: URLSearchParams,
  limits: { min: number; max: number; fallback: number; tokenName: 'pagination_token' | 'next_token' },
): PageParams | NetworkResponse {
  const maxParam = query.get('max_results');
  const maxResults = Number(maxParam ?? limits.fallback);
  if (!Number.isInteger(maxResults) || maxResults < limits.min || maxResults > limits.max) {
    return xInvalidRequest(
      'max_results',
      `The \`max_results\` query parameter value [${maxParam}] is not between ${limits.min} and ${limits.max}`,
    );
  }
  const startTime = instant(query, 'start_time');
  if (typeof startTime === 'object') return startTime;
  const endTime = instant(query, 'end_time');
  if (typeof endTime === 'object') return endTime;
  if (startTime !== undefined && endTime !== undefined && startTime >= endTime) {
    return xInvalidRequest(
      'start_time',
      `Invalid 'start_time':'${query.get('start_time')}'. 'start_time' must be before 'end_time'`,
    );
  }
  const sinceId = postId(query, 'since_id');
  if (typeof sinceId === 'object') return sinceId;
  const untilId = postId(query, 'until_id');
  if (typeof untilId === 'object') return untilId;
  const token = query.get(limits.tokenName);
  const cursor = token === null ? null : decodeCursor(token);
  if (token !== null && !cursor) {
    return xInvalidRequest(
      limits.tokenName,
      `The \`${limits.tokenName}\` query parameter value [${token}] is not valid`,
    );
  }
  return { maxResults, startTime, endTime, sinceId, untilId, cursor };
}
