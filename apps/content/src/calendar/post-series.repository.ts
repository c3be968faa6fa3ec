import { EntityManager } from 'typeorm';
import { PostStatus } from '@relais/contracts';
import { OCCURRENCE_FAILED, OCCURRENCE_PUBLISHED } from '../publishing-results/publishing-results.consumer';
import { CalendarFilter } from './calendar.repository';

/** The history action of scheduling a post (approval service). */
const SCHEDULED = 'scheduled';
/** The action recorded in the post's history for a calendar move. */
export const RESCHEDULED = 'rescheduled';

/** An occurrence of a recurring post that was due and settled, as the publishing service reported it. */
export interface SettledOccurrence {
  postId: string;
  at: Date;
  failed: boolean;
}

/**
 * Where each recurring post's series starts: the slot of its last scheduling (or of a move while it
 * was scheduled), which the publishing service took as the series' first occurrence. The post's
 * `scheduled_at` moves on to each next occurrence, so the rule is applied from this start: it keeps
 * the first occurrence's wall time and counts `count` from there, as publishing does.
 */
export async function seriesStarts(
  manager: EntityManager,
  agencyId: string,
  postIds: readonly string[],
): Promise<Map<string, Date>> {
  if (postIds.length === 0) return new Map();
  const rows = await manager.query<{ postId: string; startAt: string }[]>(
    `SELECT DISTINCT ON (t.post_id) t.post_id AS "postId", t.changes -> 'scheduledAt' ->> 'to' AS "startAt"
       FROM content.post_transitions t
      WHERE t.agency_id = $1 AND t.post_id = ANY($2::uuid[])
        AND (t.action = $3 OR (t.action = $4 AND t.to_status = $5))
        AND t.changes -> 'scheduledAt' ->> 'to' IS NOT NULL
      ORDER BY t.post_id, t.created_at DESC, t.id DESC`,
    [agencyId, postIds, SCHEDULED, RESCHEDULED, PostStatus.Scheduled],
  );
  return new Map(rows.map((row) => [row.postId, new Date(row.startAt)]));
}

/**
 * The occurrences of recurring posts due in [from, to) that settled (published, or failed on one
 * account or more) before their post moved on to its next occurrence, from the outcomes the
 * publishing service reported (recorded in the posts' history). An outcome is recorded after its due
 * instant, so only history written since `from` is read. The last occurrence of a series is the post
 * itself (published or failed at its slot).
 */
export function settledOccurrences(
  manager: EntityManager,
  filter: CalendarFilter,
): Promise<SettledOccurrence[]> {
  return manager
    .query<{ postId: string; dueAt: string; failed: boolean }[]>(
      `SELECT t.post_id AS "postId", t.changes ->> 'dueAt' AS "dueAt", t.action = $6 AS failed
         FROM content.post_transitions t
        WHERE t.agency_id = $1 AND ($2::uuid IS NULL OR t.brand_id = $2)
          AND t.created_at >= $3 AND t.action IN ($5, $6)
          AND (t.changes ->> 'dueAt')::timestamptz >= $3 AND (t.changes ->> 'dueAt')::timestamptz < $4
        ORDER BY t.created_at, t.id`,
      [filter.agencyId, filter.brandId, filter.from, filter.to, OCCURRENCE_PUBLISHED, OCCURRENCE_FAILED],
    )
    .then((rows) => rows.map((row) => ({ postId: row.postId, at: new Date(row.dueAt), failed: row.failed })));
}
