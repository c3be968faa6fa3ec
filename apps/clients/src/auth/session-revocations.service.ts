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
import { RevokedRow, revokedSessionsSince, revokeFamily, revokeMemberSessions } from './session.repository';

const NO_SESSION = '00000000-0000-0000-0000-000000000000';

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
    const rows = await revokeFamily(manager, familyId);
    await this.announce(manager, rows, reason, envelope);
  }

  /** Ends a member's sessions in an agency (removed from it), in the caller's transaction. */
  async revokeMember(
    manager: EntityManager,
    agencyId: string,
    userId: string,
    envelope: Envelope,
  ): Promise<void> {
    const rows = await revokeMemberSessions(manager, agencyId, userId);
    await this.announce(manager, rows, SessionEndReason.MemberRemoved, envelope);
  }

  /** Sessions revoked after `since` (then after `afterSessionId` at that instant), oldest first. */
  async revokedSince(payload: RevokedSessionsPayload): Promise<RevokedSession[]> {
    const rows = await this.transactions.runSystem((manager) =>
      revokedSessionsSince(
        manager,
        payload.since,
        payload.afterSessionId ?? NO_SESSION,
        payload.limit ?? REVOKED_SESSIONS_PAGE_MAX,
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
