import { EntityManager } from 'typeorm';

/**
 * Locks the publications among `ids` that are still open under `worker`'s lease, in the order of
 * their ids. Every statement that changes several publications at once takes them in this order
 * first, so that two of them over overlapping rows wait for each other instead of deadlocking
 * (an `UPDATE … FROM` locks rows in whatever order its plan meets them).
 */
export async function lockOpenPublications(
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
