import { PublishTargetSpec, RecurrenceView } from '@relais/contracts';
import { EntityManager } from 'typeorm';

export type ScheduleStatus = 'active' | 'cancelled' | 'ended';

/** A `publishing.schedules` row: what a post sends, where, and where its series stands. */
export interface ScheduleRow {
  post_id: string;
  agency_id: string;
  brand_id: string;
  post_version: number;
  timezone: string;
  recurrence: RecurrenceView | null;
  targets: PublishTargetSpec[];
  first_due_at: Date | null;
  /** This schedule's occurrence n is publication occurrence `occurrence_base + n`. */
  occurrence_base: number;
  occurrence: number;
  current_due_at: Date | null;
  status: ScheduleStatus;
  applied_event_at: Date;
}

/** Wakes every dispatcher (they LISTEN on it) at commit. */
export const DUE_CHANNEL = 'publishing_due';

export async function notifyDue(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_notify($1, '')`, [DUE_CHANNEL]);
}

/** One publication per target for one occurrence (a redelivery inserts nothing twice). */
export async function insertOccurrence(
  manager: EntityManager,
  schedule: Pick<ScheduleRow, 'post_id' | 'agency_id' | 'brand_id' | 'post_version' | 'targets'>,
  occurrence: number,
  dueAt: Date,
): Promise<number> {
  if (schedule.targets.length === 0) return 0;
  const rows = await manager.query<{ id: string }[]>(
    `WITH t AS (
       SELECT gen_random_uuid() AS id, r.*
         FROM jsonb_to_recordset($7::jsonb)
              AS r("accountId" uuid, network text, text text, "linkUrl" text, "firstComment" text, "mediaIds" jsonb)
     )
     INSERT INTO publishing.publications
            (id, agency_id, brand_id, post_id, post_version, occurrence, account_id, network, due_at, status,
             text, link_url, first_comment, media_ids, idempotency_key, next_attempt_at)
     SELECT t.id, $1, $2, $3, $4, $5, t."accountId", t.network, $6, 'pending',
            t.text, t."linkUrl", t."firstComment", coalesce(t."mediaIds", '[]'::jsonb), t.id::text, $6
       FROM t
     ON CONFLICT (post_id, account_id, occurrence) DO NOTHING
     RETURNING id`,
    [
      schedule.agency_id,
      schedule.brand_id,
      schedule.post_id,
      schedule.post_version,
      occurrence,
      dueAt,
      JSON.stringify(schedule.targets),
    ],
  );
  return rows.length;
}
