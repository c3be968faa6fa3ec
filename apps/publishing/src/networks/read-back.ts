import { PublishFailureCode } from '@relais/contracts';
import { HttpResult } from './http-call';
import { PublishOutcome, PublishedRef } from './network-adapter';
import { FailedOutcome } from './publish-outcomes';

/**
 * Reading an account's posts back to find a publication's post (reconciliation) on networks without
 * an idempotency key. A post is looked for by the publication's own time window, never among "the
 * newest N": the account's posts are paged from the newest until the window's start is passed.
 */

/** Posts timestamped by the network up to this much before the window (clocks differ) still count. */
export const CLOCK_SKEW_MS = 60_000;
/** At most this many pages are read for one search (X, Facebook, LinkedIn: 1,000 posts; Mastodon: 400). */
export const READ_BACK_MAX_PAGES = 10;
/**
 * After a network refused a resend as a duplicate, the post is looked for this far back: the
 * publication's earlier attempts fall within it, and a repeat of an older post is a real duplicate.
 */
export const DUPLICATE_LOOKBACK_MS = 60 * 60_000;

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

/** The network refused the post as a duplicate of one the account has. */
export function refusedAsDuplicate(outcome: PublishOutcome): outcome is FailedOutcome {
  return outcome.kind === 'failed' && outcome.code === PublishFailureCode.Duplicate;
}

/**
 * A resend refused as a duplicate means the text is on the account: the post is looked for in the
 * last hour and the publication is published with it (its first comment is not sent again: the
 * earlier attempt may have added it). Not found, the refusal stands (an older post has the same
 * text); the account could not be read, the outcome is unknown (checked again later).
 */
export async function reconcileDuplicate(
  refusal: FailedOutcome,
  find: (since: Date) => Promise<PublishedRef | null>,
  networkName: string,
): Promise<PublishOutcome> {
  try {
    const found = await find(new Date(Date.now() - DUPLICATE_LOOKBACK_MS));
    if (!found) return refusal;
    return { kind: 'published', externalId: found.externalId, url: found.url };
  } catch (error) {
    return {
      kind: 'unknown',
      message: `${networkName} refused the post as a duplicate and its posts could not be read to find it (${error instanceof Error ? error.message : String(error)}); it is being checked.`,
    };
  }
}
