import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ClientsEvents,
  Envelope,
  REVOKED_SESSIONS_PAGE_MAX,
  RevokedSession,
  RevokedSessionsPayload,
  SessionEndReason,
  SessionsRevokedEvent,
} from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';

const NO_SESSION = '00000000-0000-0000-0000-000000000000';
/** `revoked_at` as an ISO instant to the microsecond, so a page can go on exactly after it. */
const REVOKED_AT = `to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

interface RevokedRow {
  session_id: string;
  revoked_at: string;
}

/**
 * Ends sessions (refresh-token families) and announces it with `evt.clients.session.revoked.v1`
 * in the same transaction, so every gateway replica stops accepting their access tokens; and answers
 * which sessions were revoked since an instant, for a gateway replica that starts.
 */
@Injectable()
export class SessionRevocations {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: Outbox,
  ) {}

  /** Ends every refresh token of the session `familyId`, in the caller's transaction. */
  async revokeFamily(
    manager: EntityManager,
    familyId: string,
    reason: SessionEndReason,
    envelope: Envelope,
  ): Promise<void> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = await manager.query<[RevokedRow[], number]>(
      `UPDATE clients.sessions SET revoked_at = now()
        WHERE family_id = $1 AND revoked_at IS NULL
        RETURNING family_id AS session_id, ${REVOKED_AT} AS revoked_at`,
      [familyId],
    );
    await this.announce(manager, rows, reason, envelope);
  }

  /** Ends a member's sessions in an agency (removed from it), in the caller's transaction. */
  async revokeMember(
    manager: EntityManager,
    agencyId: string,
    userId: string,
    envelope: Envelope,
  ): Promise<void> {
    const [rows] = await manager.query<[RevokedRow[], number]>(
      `UPDATE clients.sessions SET revoked_at = now()
        WHERE agency_id = $1 AND user_id = $2 AND revoked_at IS NULL
        RETURNING family_id AS session_id, ${REVOKED_AT} AS revoked_at`,
      [agencyId, userId],
    );
    await this.announce(manager, rows, SessionEndReason.MemberRemoved, envelope);
  }

  /** Sessions revoked after `since` (then after `afterSessionId` at that instant), oldest first. */
  async revokedSince(payload: RevokedSessionsPayload): Promise<RevokedSession[]> {
    const rows = await this.transactions.runSystem((manager) =>
      manager.query<RevokedRow[]>(
        `SELECT session_id, ${REVOKED_AT} AS revoked_at
           FROM clients.revoked_sessions_since($1, $2, $3)`,
        [payload.since, payload.afterSessionId ?? NO_SESSION, payload.limit ?? REVOKED_SESSIONS_PAGE_MAX],
      ),
    );
    return rows.map(toRevokedSession);
  }

  private async announce(
    manager: EntityManager,
    rows: RevokedRow[],
    reason: SessionEndReason,
    envelope: Envelope,
  ): Promise<void> {
    const latest = new Map<string, RevokedSession>();
    for (const row of rows) latest.set(row.session_id, toRevokedSession(row));
    if (latest.size === 0) return;
    const event: SessionsRevokedEvent = { sessions: [...latest.values()], reason };
    await this.outbox.add(manager, { subject: ClientsEvents.sessionsRevoked, envelope, data: event });
  }
}

function toRevokedSession(row: RevokedRow): RevokedSession {
  return { sessionId: row.session_id, revokedAt: row.revoked_at };
}
