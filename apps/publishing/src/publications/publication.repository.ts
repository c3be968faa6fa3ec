import { PublishFailureCode } from '@relais/contracts';
import { EntityManager } from 'typeorm';
import type { ScheduleRow } from '../schedules/schedule.repository';
import { PublicationRow, THREAD_NETWORKS } from './publication';

/**
 * `publishing.publications` and `publishing.publish_attempts`: every statement on them, run in the
 * transaction the caller passes. Every statement that changes several publications locks them in the
 * order of their ids first.
 */

/**
 * The rows of an `UPDATE … RETURNING` (TypeORM's Postgres driver answers `[rows, rowCount]` for
 * UPDATE and DELETE statements, and the rows alone for the others).
 */
async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = (await manager.query(sql, params)) as unknown;
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

const ORDER = 'ORDER BY p.post_id, p.occurrence DESC, p.network, p.account_id';

/** The publications of these posts people see (cancelled ones left out), in the tenant transaction. */
export function listPublicationsOfPosts(
  manager: EntityManager,
  postIds: string[],
): Promise<PublicationRow[]> {
  return manager.query<PublicationRow[]>(
    `SELECT p.* FROM publishing.publications p
      WHERE p.agency_id = current_setting('app.agency_id')::uuid AND p.post_id = ANY($1::uuid[])
        AND p.status <> 'cancelled'
      ${ORDER}`,
    [postIds],
  );
}

export async function findPublication(
  manager: EntityManager,
  id: string,
): Promise<PublicationRow | undefined> {
  const [found] = await manager.query<PublicationRow[]>(
    `SELECT p.* FROM publishing.publications p WHERE p.id = $1`,
    [id],
  );
  return found;
}

/** The publication, locked (after its schedule); found first by `findPublication`. */
export async function lockPublication(manager: EntityManager, id: string): Promise<PublicationRow> {
  const [row] = await manager.query<PublicationRow[]>(
    `SELECT p.* FROM publishing.publications p WHERE p.id = $1 FOR UPDATE`,
    [id],
  );
  return row;
}

/** Pending again at once, its failure cleared; the attempts before it no longer count against it. */
export async function markForRetry(manager: EntityManager, id: string): Promise<PublicationRow> {
  const [updated] = await updateReturning<PublicationRow>(
    manager,
    `UPDATE publishing.publications p
        SET status = 'pending', next_attempt_at = now(), retry_from = p.attempts, failure_code = NULL,
            failure_message = NULL, network_message = NULL, failed_step = NULL, updated_at = now()
      WHERE p.id = $1
      RETURNING p.*`,
    [id],
  );
  return updated;
}

export type OpenScope = { accountId: string } | { brandId: string } | { postId: string };

function whereOf(scope: OpenScope): { sql: string; params: unknown[] } {
  if ('accountId' in scope) return { sql: 'p.account_id = $1', params: [scope.accountId] };
  if ('brandId' in scope) return { sql: 'p.brand_id = $1', params: [scope.brandId] };
  return { sql: 'p.post_id = $1', params: [scope.postId] };
}

/**
 * The posts with publications not yet sent (pending, or claimed by a dispatcher that has not sent
 * them: a claimed row is only sent if it is still claimed, so this wins) of an account, a brand or a
 * post.
 */
export async function openPostIds(manager: EntityManager, scope: OpenScope): Promise<string[]> {
  const where = whereOf(scope);
  const rows = await manager.query<{ post_id: string }[]>(
    `SELECT DISTINCT p.post_id FROM publishing.publications p WHERE ${where.sql} AND p.status IN ('pending', 'claimed')`,
    where.params,
  );
  return rows.map((row) => row.post_id);
}

/** Locks the open publications of the scope in the order of their ids, as every multi-row writer does. */
export async function lockOpenPublications(manager: EntityManager, scope: OpenScope): Promise<void> {
  const where = whereOf(scope);
  await manager.query(
    `SELECT p.id FROM publishing.publications p WHERE ${where.sql} AND p.status IN ('pending', 'claimed')
      ORDER BY p.id FOR UPDATE`,
    where.params,
  );
}

/** Cancels what was not sent yet (locked first); returns how many. */
export async function cancelOpenPublications(manager: EntityManager, scope: OpenScope): Promise<number> {
  const where = whereOf(scope);
  const rows = await updateReturning<{ id: string }>(
    manager,
    `UPDATE publishing.publications p
        SET status = 'cancelled', lease_owner = NULL, lease_until = NULL, updated_at = now()
      WHERE ${where.sql} AND p.status IN ('pending', 'claimed')
      RETURNING p.id`,
    where.params,
  );
  return rows.length;
}

/** Fails what was not sent yet (locked first); returns the rows. */
export function failOpenPublications(
  manager: EntityManager,
  scope: OpenScope,
  failure: { code: PublishFailureCode; message: string },
): Promise<PublicationRow[]> {
  const where = whereOf(scope);
  const n = where.params.length;
  return updateReturning<PublicationRow>(
    manager,
    `UPDATE publishing.publications p
        SET status = 'failed', failure_code = $${n + 1}, failure_message = $${n + 2}, network_message = NULL,
            failed_step = NULL, lease_owner = NULL, lease_until = NULL, updated_at = now()
      WHERE ${where.sql} AND p.status IN ('pending', 'claimed')
      RETURNING p.*`,
    [...where.params, failure.code, failure.message],
  );
}

/**
 * Locks the publications among `ids` that are still open under `worker`'s lease, in the order of
 * their ids. Every statement that changes several publications at once takes them in this order
 * first, so that two of them over overlapping rows wait for each other instead of deadlocking
 * (an `UPDATE … FROM` locks rows in whatever order its plan meets them).
 */
export async function lockHeldPublications(
  manager: EntityManager,
  ids: string[],
  worker: string,
): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `SELECT p.id FROM publishing.publications p
      WHERE p.id = ANY($1::uuid[]) AND p.lease_owner = $2 AND p.status IN ('claimed', 'sending', 'unknown')
      ORDER BY p.id FOR UPDATE`,
    [ids, worker],
  );
}

/** One publication's new state, as the dispatcher learnt it. */
export interface OutcomeUpdate {
  id: string;
  status: string;
  external_id: string | null;
  external_url: string | null;
  next_attempt_at: string | null;
  failure_code: string | null;
  failure_message: string | null;
  network_message: string | null;
  failed_step: string | null;
}

/** One attempt's end. */
export interface AttemptUpdate {
  publication_id: string;
  number: number | null;
  state: string;
  failure_code: string | null;
  sent_at: string | null;
  detail: string | null;
}

/** The new state of the rows `worker` still holds (locked first); returns the rows changed. */
export function writeOutcomes(
  manager: EntityManager,
  worker: string,
  updates: OutcomeUpdate[],
): Promise<PublicationRow[]> {
  return updateReturning<PublicationRow>(
    manager,
    `UPDATE publishing.publications p
        SET status = r.status,
            external_id = coalesce(r.external_id, p.external_id),
            external_url = coalesce(r.external_url, p.external_url),
            published_at = CASE WHEN r.status = 'published' THEN now() ELSE p.published_at END,
            failure_code = r.failure_code, failure_message = r.failure_message,
            network_message = r.network_message, failed_step = r.failed_step,
            next_attempt_at = coalesce(r.next_attempt_at, p.next_attempt_at),
            lease_owner = CASE WHEN r.status = 'unknown' THEN p.lease_owner END,
            lease_until = CASE WHEN r.status = 'unknown' THEN p.lease_until END,
            updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, status text, external_id text, external_url text,
            next_attempt_at timestamptz, failure_code text, failure_message text, network_message text,
            failed_step text)
      WHERE p.id = r.id AND p.lease_owner = $2 AND p.status IN ('claimed', 'sending', 'unknown')
      RETURNING p.*`,
    [JSON.stringify(updates), worker],
  );
}

export async function finishAttempts(manager: EntityManager, attempts: AttemptUpdate[]): Promise<void> {
  if (attempts.length === 0) return;
  await manager.query(
    `UPDATE publishing.publish_attempts a
        SET state = r.state, finished_at = clock_timestamp(), failure_code = r.failure_code, detail = left(r.detail, 1000),
            sending_at = coalesce(r.sent_at, a.sending_at)
       FROM jsonb_to_recordset($1::jsonb) AS r(publication_id uuid, number integer, state text,
            failure_code text, detail text, sent_at timestamptz)
      WHERE a.publication_id = r.publication_id AND a.number = r.number`,
    [JSON.stringify(attempts)],
  );
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
              AS r("accountId" uuid, network text, text text, "linkUrl" text, "firstComment" text, "mediaIds" jsonb,
                    "linkCard" jsonb, "threadParts" jsonb)
     )
     INSERT INTO publishing.publications
            (id, agency_id, brand_id, post_id, post_version, occurrence, account_id, network, due_at, status,
             text, link_url, first_comment, media_ids, link_card, thread_parts, idempotency_key, next_attempt_at)
     SELECT t.id, $1, $2, $3, $4, $5, t."accountId", t.network, $6, 'pending',
            t.text, t."linkUrl", t."firstComment", coalesce(t."mediaIds", '[]'::jsonb),
            CASE WHEN jsonb_typeof(t."linkCard") = 'object' THEN t."linkCard" END,
            CASE WHEN jsonb_typeof(t."threadParts") = 'array' AND t.network = ANY($8::text[])
                 THEN t."threadParts" ELSE '[]'::jsonb END,
            t.id::text, $6
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
      THREAD_NETWORKS,
    ],
  );
  return rows.length;
}

/** The highest occurrence the post's publications reached (0: none yet). */
export async function lastOccurrence(manager: EntityManager, postId: string): Promise<number> {
  const [{ base }] = await manager.query<{ base: number }[]>(
    `SELECT coalesce(max(occurrence), 0)::int AS base FROM publishing.publications WHERE post_id = $1`,
    [postId],
  );
  return base;
}

/** One occurrence of a post's version. */
export interface OccurrenceKey {
  post_id: string;
  post_version: number;
  occurrence: number;
}

export interface TallyRow extends OccurrenceKey {
  total: string;
  published: string;
  failed: string;
  pending: string;
}

/** How the publications of these occurrences stand (cancelled ones left out). */
export function occurrenceTallies(manager: EntityManager, groups: OccurrenceKey[]): Promise<TallyRow[]> {
  return manager.query<TallyRow[]>(
    `SELECT p.post_id, p.post_version, p.occurrence, count(*) AS total,
            count(*) FILTER (WHERE p.status = 'published') AS published,
            count(*) FILTER (WHERE p.status = 'failed') AS failed,
            count(*) FILTER (WHERE p.status IN ('pending', 'claimed', 'sending', 'unknown')) AS pending
       FROM publishing.publications p
       JOIN jsonb_to_recordset($1::jsonb) AS g(post_id uuid, post_version integer, occurrence integer)
         ON p.post_id = g.post_id AND p.post_version = g.post_version AND p.occurrence = g.occurrence
      WHERE p.status <> 'cancelled'
      GROUP BY p.post_id, p.post_version, p.occurrence`,
    [
      JSON.stringify(
        groups.map((row) => ({
          post_id: row.post_id,
          post_version: row.post_version,
          occurrence: row.occurrence,
        })),
      ),
    ],
  );
}

/** The pending publications of blocked accounts wait until the block ends (locked in id order first). */
export async function deferPendingOfBlockedAccounts(
  manager: EntityManager,
  blocked: { account_id: string; blocked_until: string | null }[],
): Promise<void> {
  await manager.query(
    `UPDATE publishing.publications p SET next_attempt_at = r.blocked_until, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id uuid, blocked_until timestamptz)
      WHERE p.id IN (SELECT q.id FROM publishing.publications q
                      JOIN jsonb_to_recordset($1::jsonb) AS b(account_id uuid, blocked_until timestamptz)
                        ON q.account_id = b.account_id
                     WHERE q.status = 'pending' AND q.next_attempt_at < b.blocked_until
                     ORDER BY q.id FOR UPDATE OF q)
        AND p.account_id = r.account_id AND p.status = 'pending' AND p.next_attempt_at < r.blocked_until`,
    [JSON.stringify(blocked)],
  );
}
