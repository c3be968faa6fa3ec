import {
  CalendarOccurrenceKind,
  CalendarOccurrenceView,
  CalendarPostView,
  Network,
  PostStatus,
  RecurrenceView,
} from '@relais/contracts';
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

interface VariantRow {
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

/** Cuts a text to `max` characters at a word boundary when one is near, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  // Only the start matters: whitespace is collapsed in at most twice the excerpt's length.
  const flat = (text.length > max * 2 ? text.slice(0, max * 2) : text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
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

/** The posts' variants (one query for every post), turned into calendar views (without brand names). */
export async function withVariants(
  manager: EntityManager,
  agencyId: string,
  posts: CalendarPostRow[],
): Promise<CalendarPostView[]> {
  if (posts.length === 0) return [];
  const variants = await manager.query<VariantRow[]>(
    `SELECT v.post_id AS "postId", v.network, v.customized, left(v.text, ${EXCERPT_CHARS * 2}) AS text
       FROM content.post_variants v
      WHERE v.agency_id = $1 AND v.post_id = ANY($2::uuid[])
      ORDER BY v.post_id, v.network`,
    [agencyId, posts.map((post) => post.id)],
  );
  const byPost = new Map<string, VariantRow[]>();
  for (const variant of variants) {
    const list = byPost.get(variant.postId) ?? [];
    list.push(variant);
    byPost.set(variant.postId, list);
  }
  return posts.map((post) => toCalendarView(post, byPost.get(post.id) ?? []));
}

/** The view of a post; `brandName` is filled by the caller, which knows the brands. */
function toCalendarView(post: CalendarPostRow, variants: VariantRow[]): CalendarPostView {
  // Variants that follow the base share its excerpt, computed once.
  const baseExcerpt = excerpt(post.baseText, EXCERPT_CHARS);
  const texts = variants.map((variant) => ({
    network: variant.network,
    text: variant.customized ? excerpt(variant.text, EXCERPT_CHARS) : baseExcerpt,
  }));
  const firstExcerpt = post.baseText.trim() ? baseExcerpt : (texts.find((v) => v.text)?.text ?? '');
  return {
    id: post.id,
    brandId: post.brandId,
    brandName: null,
    title: post.title,
    status: post.status,
    scheduledAt: new Date(post.scheduledAt).toISOString(),
    excerpt: firstExcerpt,
    networks: variants.map((variant) => variant.network),
    variants: texts,
    campaign:
      post.campaignId && post.campaignName && post.campaignColor
        ? { id: post.campaignId, name: post.campaignName, color: post.campaignColor }
        : null,
    color: post.campaignColor,
    version: post.version,
    occurrence: post.recurrence ? slotOccurrence(post) : null,
  };
}

/** A recurring post at its slot: the occurrence it waits for, or its last one once settled. */
function slotOccurrence(post: CalendarPostRow): CalendarOccurrenceView | null {
  const at = new Date(post.scheduledAt).toISOString();
  if (post.status === PostStatus.Scheduled) return { at, kind: CalendarOccurrenceKind.Next };
  if (post.status === PostStatus.Published || post.status === PostStatus.Failed) {
    return { at, kind: CalendarOccurrenceKind.Past };
  }
  return null;
}
