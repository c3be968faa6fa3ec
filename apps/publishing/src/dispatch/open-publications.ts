import { updateReturning } from '../publications/update-returning';
import { randomUUID } from 'node:crypto';
import { PublishFailureCode } from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { PublicationRow } from '../publications/publication-row';
import { Settlement } from './settlement';

export type OpenScope = { accountId: string } | { brandId: string } | { postId: string };

function whereOf(scope: OpenScope): { sql: string; params: unknown[] } {
  if ('accountId' in scope) return { sql: 'p.account_id = $1', params: [scope.accountId] };
  if ('brandId' in scope) return { sql: 'p.brand_id = $1', params: [scope.brandId] };
  return { sql: 'p.post_id = $1', params: [scope.postId] };
}

/**
 * Publications not yet sent (pending, or claimed by a dispatcher that has not sent them: a claimed
 * row is only sent if it is still claimed, so this wins) of an account, a brand or a post, in the
 * caller's tenant transaction. Schedules are locked first, as everywhere.
 */
async function openPostIds(manager: EntityManager, scope: OpenScope): Promise<string[]> {
  const where = whereOf(scope);
  const rows = await manager.query<{ post_id: string }[]>(
    `SELECT DISTINCT p.post_id FROM publishing.publications p WHERE ${where.sql} AND p.status IN ('pending', 'claimed')`,
    where.params,
  );
  return rows.map((row) => row.post_id);
}

/** Locks the open publications of the scope in the order of their ids, as every multi-row writer does. */
async function lockOpen(manager: EntityManager, scope: OpenScope): Promise<void> {
  const where = whereOf(scope);
  await manager.query(
    `SELECT p.id FROM publishing.publications p WHERE ${where.sql} AND p.status IN ('pending', 'claimed')
      ORDER BY p.id FOR UPDATE`,
    where.params,
  );
}

/** Cancels what was not sent yet; returns how many. */
export async function cancelOpenPublications(manager: EntityManager, scope: OpenScope): Promise<number> {
  await Settlement.lockSchedules(manager, await openPostIds(manager, scope));
  await lockOpen(manager, scope);
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

/** Fails what was not sent yet, visibly (tally, outbox events, next occurrence); returns the rows. */
export async function failOpenPublications(
  manager: EntityManager,
  settlement: Settlement,
  scope: OpenScope,
  failure: { code: PublishFailureCode; message: string },
): Promise<PublicationRow[]> {
  const schedules = await Settlement.lockSchedules(manager, await openPostIds(manager, scope));
  await lockOpen(manager, scope);
  const where = whereOf(scope);
  const n = where.params.length;
  const rows = await updateReturning<PublicationRow>(
    manager,
    `UPDATE publishing.publications p
        SET status = 'failed', failure_code = $${n + 1}, failure_message = $${n + 2}, network_message = NULL,
            lease_owner = NULL, lease_until = NULL, updated_at = now()
      WHERE ${where.sql} AND p.status IN ('pending', 'claimed')
      RETURNING p.*`,
    [...where.params, failure.code, failure.message],
  );
  await settlement.settle(manager, rows, schedules, randomUUID());
  return rows;
}
