import { EntityManager } from 'typeorm';
import { PostingSlotView, PostStatus, RecurrenceView } from '@relais/contracts';
import { nextFreeSlots, occurrencesBetween } from '@relais/schedule-rules';
import { seriesStarts } from '../calendar/post-series';
import { PostingSlotEntity } from './posting-slot.entity';

/** Free slots are counted from this long after now: a slot a few seconds away is already too late. */
export const SLOT_MARGIN_MS = 60_000;

/** A brand's weekly slots, by weekday then time. */
export async function readSlots(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<PostingSlotEntity[]> {
  return manager.find(PostingSlotEntity, {
    where: { agencyId, brandId },
    order: { weekday: 'ASC', localTime: 'ASC' },
  });
}

export function toSlotView(row: PostingSlotEntity): PostingSlotView {
  return { weekday: row.weekday, time: row.localTime };
}

interface TakingPost {
  id: string;
  scheduled_at: Date;
  status: PostStatus;
  recurrence: RecurrenceView | null;
}

/**
 * The brand's posts holding a minute after `after`: every post with a planned slot that is not
 * archived (a draft planned on the calendar holds its slot too), and every scheduled recurring post
 * (its later occurrences hold theirs), `exceptPostId` aside.
 */
function takingPosts(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  after: Date,
  exceptPostId: string | null,
): Promise<TakingPost[]> {
  return manager.query<TakingPost[]>(
    `SELECT id, scheduled_at, status, recurrence FROM content.posts
      WHERE agency_id = $1 AND brand_id = $2 AND status <> $4
        AND (scheduled_at > $3 OR (recurrence IS NOT NULL AND status = $6 AND scheduled_at <= $3))
        AND ($5::uuid IS NULL OR id <> $5::uuid)`,
    [agencyId, brandId, after, PostStatus.Archived, exceptPostId, PostStatus.Scheduled],
  );
}

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
 * The brand's next `count` free slots strictly after `after`, soonest first (empty without slots). A
 * slot is taken by a post at its minute, including every occurrence of a scheduled recurring post
 * (from its rule, in the brand's timezone). Occurrences are listed up to a horizon that grows only
 * when the slots before it are all taken.
 */
export async function freeSlots(
  manager: EntityManager,
  brand: { agencyId: string; brandId: string; timezone: string },
  after: Date,
  count: number,
  exceptPostId: string | null = null,
): Promise<Date[]> {
  const slots = await readSlots(manager, brand.agencyId, brand.brandId);
  if (slots.length === 0) return [];
  const posts = await takingPosts(manager, brand.agencyId, brand.brandId, after, exceptPostId);
  const recurring = posts.filter((post) => post.recurrence && post.status === PostStatus.Scheduled);
  const starts = await seriesStarts(
    manager,
    brand.agencyId,
    recurring.map((post) => post.id),
  );
  for (let weeks = FIRST_HORIZON_WEEKS; ; weeks *= 4) {
    const last = weeks >= MAX_HORIZON_WEEKS || recurring.length === 0;
    const until = new Date(after.getTime() + (last ? MAX_HORIZON_WEEKS : weeks) * WEEK_MS);
    const taken = takenInstants(posts, starts, brand.timezone, after, until);
    const found = nextFreeSlots(slots.map(toSlotView), brand.timezone, after, taken, count).filter(
      (at) => last || at.getTime() < until.getTime(),
    );
    if (found.length >= count || last) return found;
  }
}
