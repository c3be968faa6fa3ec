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

/**
 * Locks the schedules of these posts, in a fixed order: every transaction that changes a post's
 * publications takes its schedule first, so that two settling the last publications of one
 * occurrence see each other's outcome (and never deadlock).
 */
export async function lockSchedules(
  manager: EntityManager,
  postIds: Iterable<string>,
): Promise<Map<string, ScheduleRow>> {
  const ids = [...new Set(postIds)].sort();
  if (ids.length === 0) return new Map();
  const rows = await manager.query<ScheduleRow[]>(
    `SELECT * FROM publishing.schedules WHERE post_id = ANY($1::uuid[]) ORDER BY post_id FOR UPDATE`,
    [ids],
  );
  return new Map(rows.map((row) => [row.post_id, row]));
}

/** The post's schedule, locked (none before its first event). */
export async function lockSchedule(manager: EntityManager, postId: string): Promise<ScheduleRow | undefined> {
  const [existing] = await manager.query<ScheduleRow[]>(
    `SELECT * FROM publishing.schedules WHERE post_id = $1 FOR UPDATE`,
    [postId],
  );
  return existing;
}

/** What a scheduled post's event says, for its schedule. */
export interface ScheduleSpec {
  postId: string;
  agencyId: string;
  brandId: string;
  postVersion: number;
  timezone: string;
  recurrence: RecurrenceView | null | undefined;
  targets: PublishTargetSpec[] | undefined;
  firstDueAt: Date;
  occurrenceBase: number;
  appliedEventAt: string;
}

/** The post's schedule, active from its first occurrence (`occurrenceBase + 1`), written or replaced. */
export async function saveActiveSchedule(manager: EntityManager, spec: ScheduleSpec): Promise<ScheduleRow> {
  const [schedule] = await manager.query<ScheduleRow[]>(
    `INSERT INTO publishing.schedules
            (post_id, agency_id, brand_id, post_version, timezone, recurrence, targets, first_due_at,
             occurrence_base, occurrence, current_due_at, status, applied_event_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9 + 1, $8, 'active', $10)
     ON CONFLICT (post_id) DO UPDATE SET
            post_version = EXCLUDED.post_version, timezone = EXCLUDED.timezone, recurrence = EXCLUDED.recurrence,
            targets = EXCLUDED.targets, first_due_at = EXCLUDED.first_due_at,
            occurrence_base = EXCLUDED.occurrence_base, occurrence = EXCLUDED.occurrence,
            current_due_at = EXCLUDED.current_due_at, status = 'active',
            applied_event_at = EXCLUDED.applied_event_at, updated_at = now()
     RETURNING *`,
    [
      spec.postId,
      spec.agencyId,
      spec.brandId,
      spec.postVersion,
      spec.timezone,
      spec.recurrence ? JSON.stringify(spec.recurrence) : null,
      JSON.stringify(spec.targets ?? []),
      spec.firstDueAt,
      spec.occurrenceBase,
      spec.appliedEventAt,
    ],
  );
  return schedule;
}

/** The post's schedule, cancelled (written even when none existed). */
export async function saveCancelledSchedule(
  manager: EntityManager,
  spec: Pick<ScheduleSpec, 'postId' | 'agencyId' | 'brandId' | 'postVersion' | 'appliedEventAt'>,
): Promise<void> {
  await manager.query(
    `INSERT INTO publishing.schedules (post_id, agency_id, brand_id, post_version, status, applied_event_at)
     VALUES ($1, $2, $3, $4, 'cancelled', $5)
     ON CONFLICT (post_id) DO UPDATE SET
            post_version = EXCLUDED.post_version, status = 'cancelled',
            applied_event_at = EXCLUDED.applied_event_at, updated_at = now()`,
    [spec.postId, spec.agencyId, spec.brandId, spec.postVersion, spec.appliedEventAt],
  );
}

/** The series has no occurrence left. */
export async function endSchedule(manager: EntityManager, postId: string): Promise<void> {
  await manager.query(
    `UPDATE publishing.schedules SET status = 'ended', updated_at = now() WHERE post_id = $1`,
    [postId],
  );
}

/** The series stands at occurrence `occurrence`, due at `dueAt`. */
export async function moveSchedule(
  manager: EntityManager,
  postId: string,
  occurrence: number,
  dueAt: Date,
): Promise<void> {
  await manager.query(
    `UPDATE publishing.schedules SET occurrence = $2, current_due_at = $3, updated_at = now() WHERE post_id = $1`,
    [postId, occurrence, dueAt],
  );
}
