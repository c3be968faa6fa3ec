import { HttpResult } from './http-call';

/**
 * Reading an account's posts back to find a publication's post (reconciliation) on networks without
 * an idempotency key. A post is looked for by the publication's own time window, never among "the
 * newest N": the account's posts are paged from the newest until the window's start is passed.
 */

/** Posts timestamped by the network up to this much before the window (clocks differ) still count. */
export const CLOCK_SKEW_MS = 60_000;
/** At most this many pages are read for one search (X, Facebook, LinkedIn: 1,000 posts; Mastodon: 400). */
export const READ_BACK_MAX_PAGES = 10;

/** One page of an account's posts, newest first. */
export interface ReadBackPage<T> {
  posts: T[];
  /** Where the next (older) page starts; null when there is none. */
  next: string | null;
  /** The page reached posts older than the window: older pages cannot hold the post. */
  passedWindow: boolean;
  /** Requests left in the network's window for this endpoint, when it says. */
  remaining: number | null;
}

/** The search could not cover the window: whether the post is there is unknown. */
export class ReadBackIncomplete extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadBackIncomplete';
  }
}

/**
 * Pages through `readPage` (from `null`, the newest page) until a post `matches`, the window is
 * covered (null: not there), or the bounds are reached: `maxPages` pages read, or the network's
 * budget for reads spent. Then it throws ReadBackIncomplete: the caller must not send again blindly.
 */
export async function searchPages<T>(
  networkName: string,
  readPage: (cursor: string | null) => Promise<ReadBackPage<T>>,
  matches: (post: T) => boolean,
  maxPages = READ_BACK_MAX_PAGES,
): Promise<T | null> {
  let cursor: string | null = null;
  for (let read = 0; read < maxPages; read += 1) {
    const page = await readPage(cursor);
    const found = page.posts.find(matches);
    if (found !== undefined) return found;
    if (page.passedWindow || page.next === null) return null;
    if (page.remaining === 0) {
      throw new ReadBackIncomplete(
        `${networkName} could not be read back: its rate limit was reached after ${read + 1} pages, before the post's time window was covered.`,
      );
    }
    cursor = page.next;
  }
  throw new ReadBackIncomplete(
    `${networkName} could not be read back: the account has more posts in the post's time window than ${maxPages} pages hold.`,
  );
}

/** The reason a page could not be read, for the error that leaves the publication unknown. */
export function readFailure(networkName: string, result: HttpResult, networkMessage: string | null): Error {
  if (result.kind !== 'answer') return new Error(`${networkName} could not be read back: ${result.reason}.`);
  return new Error(`${networkName} could not be read back: ${networkMessage ?? `HTTP ${result.status}`}.`);
}

/** The instant (Unix ms) before which a post cannot be the publication's. */
export function windowStart(since: Date): number {
  return since.getTime() - CLOCK_SKEW_MS;
}
