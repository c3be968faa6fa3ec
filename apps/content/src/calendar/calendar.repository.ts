import { Network, PostStatus, RecurrenceView } from '@relais/contracts';
import { EntityManager } from 'typeorm';

/** The calendar shows the start of texts only (base and variants alike). */
export const EXCERPT_CHARS = 140;

export interface CalendarPostRow {
  id: string;
  brandId: string;
  title: string;
  status: PostStatus;
  scheduledAt: Date;
  recurrence: RecurrenceView | null;
  version: number;
  baseText: string;
  campaignId: string | null;
  campaignName: string | null;
  campaignColor: string | null;
}

export interface CalendarVariantRow {
  postId: string;
  network: Network;
  customized: boolean;
  text: string;
}

export interface CalendarFilter {
  agencyId: string;
  brandId: string | null;
  from: Date;
  to: Date;
}

const POST_COLUMNS = `p.id, p.brand_id AS "brandId", p.title, p.status, p.scheduled_at AS "scheduledAt",
  p.recurrence, p.version, left(p.base_text, ${EXCERPT_CHARS * 2}) AS "baseText",
  c.id AS "campaignId", c.name AS "campaignName", c.color AS "campaignColor"`;

/**
 * Posts whose slot is in [from, to) for one brand or every brand the transaction's scope allows
 * (row-level security), archived ones left out, and the scheduled recurring posts whose next occurrence
 * comes before `from` (later occurrences may fall in the range): on `posts_calendar_idx` /
 * `posts_agency_calendar_idx` and `posts_recurring_idx`.
 */
export function postsInRange(manager: EntityManager, filter: CalendarFilter): Promise<CalendarPostRow[]> {
  return manager.query<CalendarPostRow[]>(
    `SELECT ${POST_COLUMNS}
       FROM content.posts p
       LEFT JOIN content.campaigns c ON c.agency_id = p.agency_id AND c.id = p.campaign_id
      WHERE p.agency_id = $1 AND ($2::uuid IS NULL OR p.brand_id = $2)
        AND p.scheduled_at >= $3 AND p.scheduled_at < $4
        AND p.status <> '${PostStatus.Archived}'
     UNION ALL
     SELECT ${POST_COLUMNS}
       FROM content.posts p
       LEFT JOIN content.campaigns c ON c.agency_id = p.agency_id AND c.id = p.campaign_id
      WHERE p.agency_id = $1 AND ($2::uuid IS NULL OR p.brand_id = $2)
        AND p.recurrence IS NOT NULL AND p.status = '${PostStatus.Scheduled}' AND p.scheduled_at < $3
      ORDER BY "scheduledAt", id`,
    [filter.agencyId, filter.brandId, filter.from, filter.to],
  );
}

/** Posts by id in the calendar's shape, archived ones left out. */
export function calendarPostsByIds(
  manager: EntityManager,
  agencyId: string,
  ids: readonly string[],
): Promise<CalendarPostRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return manager.query<CalendarPostRow[]>(
    `SELECT ${POST_COLUMNS}
       FROM content.posts p
       LEFT JOIN content.campaigns c ON c.agency_id = p.agency_id AND c.id = p.campaign_id
      WHERE p.agency_id = $1 AND p.id = ANY($2::uuid[]) AND p.status <> '${PostStatus.Archived}'`,
    [agencyId, ids],
  );
}

/** One post by id (archived included), in the calendar's shape. */
export async function calendarPostById(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<CalendarPostRow | undefined> {
  const rows = await manager.query<CalendarPostRow[]>(
    `SELECT ${POST_COLUMNS}
       FROM content.posts p
       LEFT JOIN content.campaigns c ON c.agency_id = p.agency_id AND c.id = p.campaign_id
      WHERE p.agency_id = $1 AND p.id = $2`,
    [agencyId, id],
  );
  return rows[0];
}

/** The variants of some posts (one query for every post), their texts cut to what an excerpt needs. */
export function calendarVariants(
  manager: EntityManager,
  agencyId: string,
  postIds: readonly string[],
): Promise<CalendarVariantRow[]> {
  if (postIds.length === 0) return Promise.resolve([]);
  return manager.query<CalendarVariantRow[]>(
    `SELECT v.post_id AS "postId", v.network, v.customized, left(v.text, ${EXCERPT_CHARS * 2}) AS text
       FROM content.post_variants v
      WHERE v.agency_id = $1 AND v.post_id = ANY($2::uuid[])
      ORDER BY v.post_id, v.network`,
    [agencyId, postIds],
  );
}
