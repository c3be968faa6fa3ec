import { EntityManager } from 'typeorm';
import { PostingSlotView, PostStatus } from '@relais/contracts';
import { nextFreeSlots } from '@relais/schedule-rules';
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

/**
 * The minutes after `after` already holding a post of the brand: every post with a planned slot that
 * is not archived (a draft planned on the calendar holds its slot too), `exceptPostId` aside.
 */
async function takenMinutes(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  after: Date,
  exceptPostId: string | null,
): Promise<Date[]> {
  const rows = await manager.query<{ scheduled_at: Date }[]>(
    `SELECT scheduled_at FROM content.posts
      WHERE agency_id = $1 AND brand_id = $2 AND scheduled_at > $3 AND status <> $4
        AND ($5::uuid IS NULL OR id <> $5::uuid)`,
    [agencyId, brandId, after, PostStatus.Archived, exceptPostId],
  );
  return rows.map((row) => new Date(row.scheduled_at));
}

/** The brand's next `count` free slots strictly after `after`, soonest first (empty without slots). */
export async function freeSlots(
  manager: EntityManager,
  brand: { agencyId: string; brandId: string; timezone: string },
  after: Date,
  count: number,
  exceptPostId: string | null = null,
): Promise<Date[]> {
  const slots = await readSlots(manager, brand.agencyId, brand.brandId);
  if (slots.length === 0) return [];
  const taken = await takenMinutes(manager, brand.agencyId, brand.brandId, after, exceptPostId);
  return nextFreeSlots(slots.map(toSlotView), brand.timezone, after, taken, count);
}
