import { EntityManager } from 'typeorm';
import { PostStatus, RecurrenceView } from '@relais/contracts';
import { seriesStarts } from '../calendar/post-series.repository';
import { PostingSlotEntity } from './posting-slot.entity';

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

/** Replaces every weekly slot of a brand. */
export async function replaceSlots(
  manager: EntityManager,
  brand: { agencyId: string; brandId: string; createdBy: string | null },
  slots: readonly Pick<PostingSlotEntity, 'weekday' | 'localTime'>[],
): Promise<void> {
  await manager.delete(PostingSlotEntity, { agencyId: brand.agencyId, brandId: brand.brandId });
  if (slots.length === 0) return;
  await manager.insert(
    PostingSlotEntity,
    slots.map((slot) => ({ ...brand, weekday: slot.weekday, localTime: slot.localTime })),
  );
}

export interface TakingPost {
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
export function takingPosts(
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

/** One "next free slot" at a time per brand, until the transaction ends. */
export async function lockNextSlot(manager: EntityManager, brandId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `content.next-slot:${brandId}`,
  ]);
}

/** What the brand's free slots are found from: its slots, the posts taking slots, the series' starts. */
export interface SlotPlan {
  slots: PostingSlotEntity[];
  posts: TakingPost[];
  recurring: TakingPost[];
  starts: ReadonlyMap<string, Date>;
}

/** The brand's `SlotPlan` after `after` (no posts when the brand has no slots). */
export async function readSlotPlan(
  manager: EntityManager,
  brand: { agencyId: string; brandId: string },
  after: Date,
  exceptPostId: string | null = null,
): Promise<SlotPlan> {
  const slots = await readSlots(manager, brand.agencyId, brand.brandId);
  if (slots.length === 0) return { slots, posts: [], recurring: [], starts: new Map() };
  const posts = await takingPosts(manager, brand.agencyId, brand.brandId, after, exceptPostId);
  const recurring = posts.filter((post) => post.recurrence && post.status === PostStatus.Scheduled);
  const starts = await seriesStarts(
    manager,
    brand.agencyId,
    recurring.map((post) => post.id),
  );
  return { slots, posts, recurring, starts };
}
