import { EntityManager } from 'typeorm';
import { notFound } from '@relais/server-errors';
import { ConnectionAttemptEntity } from './connection-attempt.entity';

export async function insertAttempt(manager: EntityManager, attempt: ConnectionAttemptEntity): Promise<void> {
  await manager.insert(ConnectionAttemptEntity, attempt);
}

/** The attempt visible to the transaction's scope, locked until the transaction ends, or NOT_FOUND. */
export async function lockVisibleAttempt(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<ConnectionAttemptEntity> {
  const attempt = await manager.findOne(ConnectionAttemptEntity, {
    where: { id, agencyId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!attempt) throw notFound('connection');
  return attempt;
}

export async function findVisibleAttempt(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<ConnectionAttemptEntity> {
  const attempt = await manager.findOneBy(ConnectionAttemptEntity, { id, agencyId });
  if (!attempt) throw notFound('connection');
  return attempt;
}

/** The attempt a state was issued for (by its hash), locked, or null when no visible attempt has it. */
export function lockAttemptByState(
  manager: EntityManager,
  agencyId: string,
  stateHash: Buffer,
): Promise<ConnectionAttemptEntity | null> {
  return manager.findOne(ConnectionAttemptEntity, {
    where: { agencyId, stateHash },
    lock: { mode: 'pessimistic_write' },
  });
}

export async function updateAttempt(
  manager: EntityManager,
  id: string,
  changes: Partial<ConnectionAttemptEntity>,
): Promise<void> {
  await manager.update(ConnectionAttemptEntity, { id }, changes);
}
