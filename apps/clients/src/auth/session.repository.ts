import { EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

/** `revoked_at` as an ISO instant to the microsecond, so a page can go on exactly after it. */
const REVOKED_AT = `to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Whose session it is, found by its id before any tenant is known. */
export interface SessionOwner {
  user_id: string;
  agency_id: string;
}

export interface RevokedRow {
  session_id: string;
  revoked_at: string;
}

export async function insertSession(
  manager: EntityManager,
  session: Omit<SessionEntity, 'createdAt'>,
): Promise<void> {
  await manager.insert(SessionEntity, session);
}

export function findSession(manager: EntityManager, id: string): Promise<SessionEntity | null> {
  return manager.findOneBy(SessionEntity, { id });
}

/** The session's refresh token, locked until the transaction ends (one rotation at a time). */
export function lockSession(manager: EntityManager, id: string): Promise<SessionEntity | null> {
  return manager.findOne(SessionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

export async function markRotated(manager: EntityManager, id: string): Promise<void> {
  await manager.update(SessionEntity, { id }, { rotatedAt: new Date() });
}

/** The user and agency of a session (`clients.find_session_owner`), or null. Runs in a system transaction. */
export async function findSessionOwner(
  manager: EntityManager,
  sessionId: string,
): Promise<SessionOwner | null> {
  const rows = await manager.query<SessionOwner[]>(
    `SELECT user_id, agency_id FROM clients.find_session_owner($1)`,
    [sessionId],
  );
  return rows[0] ?? null;
}

/** Revokes every live refresh token of the session `familyId`: the tokens revoked now. */
export async function revokeFamily(manager: EntityManager, familyId: string): Promise<RevokedRow[]> {
  // TypeORM answers an UPDATE with [rows, affected count].
  const [rows] = await manager.query<[RevokedRow[], number]>(
    `UPDATE clients.sessions SET revoked_at = now()
      WHERE family_id = $1 AND revoked_at IS NULL
      RETURNING family_id AS session_id, ${REVOKED_AT} AS revoked_at`,
    [familyId],
  );
  return rows;
}

/** Revokes every live refresh token of the user in the agency: the tokens revoked now. */
export async function revokeMemberSessions(
  manager: EntityManager,
  agencyId: string,
  userId: string,
): Promise<RevokedRow[]> {
  const [rows] = await manager.query<[RevokedRow[], number]>(
    `UPDATE clients.sessions SET revoked_at = now()
      WHERE agency_id = $1 AND user_id = $2 AND revoked_at IS NULL
      RETURNING family_id AS session_id, ${REVOKED_AT} AS revoked_at`,
    [agencyId, userId],
  );
  return rows;
}

/**
 * Sessions revoked after `since` (then after `afterSessionId` at that instant), oldest first
 * (`clients.revoked_sessions_since`). Runs in a system transaction.
 */
export function revokedSessionsSince(
  manager: EntityManager,
  since: string,
  afterSessionId: string,
  limit: number,
): Promise<RevokedRow[]> {
  return manager.query<RevokedRow[]>(
    `SELECT session_id, ${REVOKED_AT} AS revoked_at
       FROM clients.revoked_sessions_since($1, $2, $3)`,
    [since, afterSessionId, limit],
  );
}
