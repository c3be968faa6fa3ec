import { PostStatus } from '@relais/contracts';
import { nextFreeSlots, occurrencesBetween } from '@relais/schedule-rules';
import { SlotPlan, TakingPost } from './slot.repository';
import { toSlotView } from './slot.view';

/** Free slots are counted from this long after now: a slot a few seconds away is already too late. */
export const SLOT_MARGIN_MS = 60_000;

/** The instants the posts take in (after, until): their slots, and a scheduled series' occurrences. */
function takenInstants(
  posts: readonly TakingPost[],
  starts: ReadonlyMap<string, Date>,
  timezone: string,
  after: Date,
  until: Date,
): Date[] {
  return posts.flatMap((post) => {
    const slot = new Date(post.scheduled_at);
    if (!post.recurrence || post.status !== PostStatus.Scheduled) return [slot];
    const start = starts.get(post.id);
    const first = start && start.getTime() <= slot.getTime() ? start : slot;
    const from = new Date(Math.max(after.getTime(), slot.getTime()));
    return occurrencesBetween(post.recurrence, timezone, first, from, until, Number.MAX_SAFE_INTEGER);
  });
}

/** Weeks of recurring occurrences first looked through for free slots, then four times more each round. */
const FIRST_HORIZON_WEEKS = 8;
const MAX_HORIZON_WEEKS = 520;
const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * The brand's next `count` free slots strictly after `after` (from its `readSlotPlan`), soonest first (empty without slots). A
 * slot is taken by a post at its minute, including every occurrence of a scheduled recurring post
 * (from its rule, in the brand's timezone). Occurrences are listed up to a horizon that grows only
 * when the slots before it are all taken.
 */
export function freeSlots(plan: SlotPlan, timezone: string, after: Date, count: number): Date[] {
  const { slots, posts, recurring, starts } = plan;
  if (slots.length === 0) return [];
  for (let weeks = FIRST_HORIZON_WEEKS; ; weeks *= 4) {
    const last = weeks >= MAX_HORIZON_WEEKS || recurring.length === 0;
    const until = new Date(after.getTime() + (last ? MAX_HORIZON_WEEKS : weeks) * WEEK_MS);
    const taken = takenInstants(posts, starts, timezone, after, until);
    const found = nextFreeSlots(slots.map(toSlotView), timezone, after, taken, count).filter(
      (at) => last || at.getTime() < until.getTime(),
    );
    if (found.length >= count || last) return found;
  }
}
