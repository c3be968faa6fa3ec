import { NetworkRequest, NetworkResponse } from '../../core/http-router';
import { SandboxPost } from '../../state/post.repository';
import { graphError } from './facebook-errors';

/** A page's posts per request: 25 by default, at most 100. */
export const FACEBOOK_FEED_DEFAULT_LIMIT = 25;
export const FACEBOOK_FEED_MAX_LIMIT = 100;

/** The query parameters a paging link carries over. */
const KEPT_PARAMS = ['fields', 'since', 'until', 'access_token'];

export interface FeedPage {
  posts: SandboxPost[];
  paging: Record<string, unknown> | undefined;
}

const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64');

function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9+/]+=*$/.test(cursor)) return null;
  const id = Buffer.from(cursor, 'base64').toString('utf8');
  return /^\d+_\d+$/.test(id) ? id : null;
}

/**
 * `GET /{page-id}/feed` and `/published_posts` as the Graph API pages them: newest first, within
 * `since`/`until` (Unix seconds or a date `strtotime` reads, inclusive), `limit` posts per page, and
 * cursor paging: `paging.cursors.{before,after}`, with `paging.next` / `paging.previous` as full
 * URLs (carrying the same fields, window and token) while there is more in that direction.
 * `posts`: the page's posts, oldest first (as the sandbox keeps them).
 */
export function feedPage(
  posts: readonly SandboxPost[],
  request: NetworkRequest,
  edgeUrl: string,
): FeedPage | NetworkResponse {
  const query = request.query;
  const since = instantOf(query, 'since');
  const until = instantOf(query, 'until');
  if (since === 'invalid' || until === 'invalid') {
    const name = since === 'invalid' ? 'since' : 'until';
    return invalidParameter(request, `(#100) The parameter ${name} is not a valid time`);
  }
  const limit = Math.min(
    FACEBOOK_FEED_MAX_LIMIT,
    Math.max(
      1,
      Math.trunc(Number(query.get('limit') ?? FACEBOOK_FEED_DEFAULT_LIMIT)) || FACEBOOK_FEED_DEFAULT_LIMIT,
    ),
  );
  // Graph times are whole seconds: a post is within the window by its `created_time`.
  const matching = [...posts].reverse().filter((post) => {
    const created = Math.floor(post.receivedAt / 1000);
    return (since === null || created >= since) && (until === null || created <= until);
  });
  const after = query.get('after');
  const before = query.get('before');
  let from = 0;
  let to = limit;
  if (after !== null || before !== null) {
    const id = decodeCursor(after ?? before ?? '');
    const index = id === null ? -1 : matching.findIndex((post) => post.id === id);
    if (index < 0) return invalidParameter(request, '(#100) The after/before cursor is not valid');
    from = after !== null ? index + 1 : Math.max(0, index - limit);
    to = after !== null ? from + limit : index;
  }
  const page = matching.slice(from, to);
  const first = page[0];
  const last = page[page.length - 1];
  if (!first || !last) return { posts: [], paging: undefined };
  const link = (cursor: Record<string, string>) => {
    const params = new URLSearchParams({ limit: String(limit) });
    for (const name of KEPT_PARAMS) {
      const value = query.get(name);
      if (value !== null) params.set(name, value);
    }
    for (const [name, value] of Object.entries(cursor)) params.set(name, value);
    return `${edgeUrl}?${params.toString()}`;
  };
  const cursors = { before: encodeCursor(first.id), after: encodeCursor(last.id) };
  return {
    posts: page,
    paging: {
      cursors,
      ...(from > 0 ? { previous: link({ before: cursors.before }) } : {}),
      ...(from + page.length < matching.length ? { next: link({ after: cursors.after }) } : {}),
    },
  };
}

function invalidParameter(request: NetworkRequest, message: string): NetworkResponse {
  return graphError(400, { message, code: 100 }, request.requestId);
}

/** `since`/`until` in Unix seconds (given as such or as a date); null when absent. */
function instantOf(query: URLSearchParams, name: string): number | null | 'invalid' {
  const value = query.get(name);
  if (value === null || value === '') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? 'invalid' : Math.floor(parsed / 1000);
}
