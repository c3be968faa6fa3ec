import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AuthResult,
  Envelope,
  MembershipClaims,
  RefreshPayload,
  SessionEndReason,
  SignOutPayload,
} from '@relais/contracts';
import { notFound, unauthenticated } from '@relais/server-errors';
import { TenantTransactions } from '@relais/server-database';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { claimsFor, membershipsOf } from '../memberships/membership.repository';
import { findUserOrFail, updateUser } from '../users/user.repository';
import { OpenedSession, toAuthResult } from './auth-result.view';
import { issueRefreshToken, judgeRefresh, parseRefreshToken, RefreshVerdict } from './refresh-token';
import { SessionEntity } from './session.entity';
import {
  findSession,
  findSessionOwner,
  insertSession,
  lockSession,
  markRotated,
  SessionOwner,
} from './session.repository';
import { SessionRevocations } from './session-revocations.service';

type RefreshOutcome =
  | { kind: 'rotated'; result: AuthResult }
  | { kind: 'ended' }
  | { kind: 'reused' }
  | { kind: 'left_agency' }
  | { kind: 'not_member' };

const SESSION_ENDED = 'Your session has ended, sign in again';

/** Refresh-token sessions: opening, rotation with reuse detection, and sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(CLIENTS_CONFIG) private readonly config: ClientsConfig,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRepository,
    private readonly revocations: SessionRevocations,
  ) {}

  /** Opens a session in the caller's transaction: a new family, or the next token of `familyId`. */
  async open(
    manager: EntityManager,
    session: { userId: string; agencyId: string; familyId?: string; ip?: string | null },
  ): Promise<OpenedSession> {
    const id = randomUUID();
    const familyId = session.familyId ?? id;
    const { token, secretHash } = issueRefreshToken(id);
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TTL_DAYS * 24 * 3600 * 1000);
    await insertSession(manager, {
      id,
      familyId,
      userId: session.userId,
      agencyId: session.agencyId,
      secretHash,
      expiresAt,
      rotatedAt: null,
      revokedAt: null,
      ip: session.ip ?? null,
      userAgent: null,
    });
    return { sessionId: familyId, refreshToken: token, expiresAt };
  }

  async refresh(payload: RefreshPayload, envelope: Envelope): Promise<AuthResult> {
    const parsed = parseRefreshToken(payload.refreshToken);
    const owner = parsed ? await this.ownerOf(parsed.sessionId) : null;
    if (!parsed || !owner) throw unauthenticated(SESSION_ENDED);

    const scope = { agencyId: owner.agency_id, userId: owner.user_id, brandIds: null };
    const outcome = await this.transactions.run(scope, async (manager): Promise<RefreshOutcome> => {
      const session = await lockSession(manager, parsed.sessionId);
      if (!session) return { kind: 'ended' };
      switch (judgeRefresh(session, parsed.secret, new Date())) {
        case RefreshVerdict.Invalid:
        case RefreshVerdict.Revoked:
        case RefreshVerdict.Expired:
          return { kind: 'ended' };
        case RefreshVerdict.Reused:
          await this.revocations.revokeFamily(
            manager,
            session.familyId,
            SessionEndReason.RefreshTokenReused,
            sessionEnvelope(session, envelope),
          );
          await this.audit.record(manager, {
            agencyId: session.agencyId,
            actorUserId: session.userId,
            action: AuditAction.RefreshReuseDetected,
            targetType: 'session',
            targetId: session.familyId,
            details: { sessionId: session.id },
          });
          return { kind: 'reused' };
        case RefreshVerdict.Rotate:
          return this.rotate(manager, session, payload.agencyId);
      }
    });

    switch (outcome.kind) {
      case 'rotated':
        return outcome.result;
      case 'reused':
        throw unauthenticated(
          'This session was used from somewhere else and has been ended for safety; sign in again',
        );
      case 'left_agency':
        throw unauthenticated('You no longer have access to this agency; sign in again');
      case 'not_member':
        // Nothing rotated: the token still opens the agencies the user does belong to.
        throw notFound('agency');
      case 'ended':
        throw unauthenticated(SESSION_ENDED);
    }
  }

  /** Ends the token's whole family. Unknown or already ended tokens are not an error. */
  async signOut(payload: SignOutPayload, envelope: Envelope): Promise<boolean> {
    const parsed = parseRefreshToken(payload.refreshToken);
    const owner = parsed ? await this.ownerOf(parsed.sessionId) : null;
    if (!parsed || !owner) return true;
    const scope = { agencyId: owner.agency_id, userId: owner.user_id, brandIds: null };
    await this.transactions.run(scope, async (manager) => {
      const session = await findSession(manager, parsed.sessionId);
      if (session && judgeRefresh(session, parsed.secret, new Date()) !== RefreshVerdict.Invalid) {
        await this.revocations.revokeFamily(
          manager,
          session.familyId,
          SessionEndReason.SignedOut,
          sessionEnvelope(session, envelope),
        );
      }
    });
    return true;
  }

  private async rotate(
    manager: EntityManager,
    session: SessionEntity,
    requestedAgencyId: string | undefined,
  ): Promise<RefreshOutcome> {
    const agencyId = requestedAgencyId ?? session.agencyId;
    const claims = await claimsFor(manager, session.userId, agencyId);
    if (!claims) return requestedAgencyId ? { kind: 'not_member' } : { kind: 'left_agency' };
    await markRotated(manager, session.id);
    const next = await this.open(manager, {
      userId: session.userId,
      agencyId,
      familyId: session.familyId,
      ip: session.ip,
    });
    if (agencyId !== session.agencyId) {
      await updateUser(manager, session.userId, { lastAgencyId: agencyId });
    }
    return { kind: 'rotated', result: await this.result(manager, claims, next) };
  }

  /** What a signed-in person is answered, in the transaction that opened or rotated the session. */
  async result(
    manager: EntityManager,
    claims: MembershipClaims,
    session: OpenedSession,
  ): Promise<AuthResult> {
    const user = await findUserOrFail(manager, claims.userId);
    const memberships = await membershipsOf(manager, claims.userId);
    return toAuthResult(user, memberships, claims, session);
  }

  private ownerOf(sessionId: string): Promise<SessionOwner | null> {
    return this.transactions.runSystem((manager) => findSessionOwner(manager, sessionId));
  }
}

/** The envelope of what happens to a session: its agency and user, the request's correlation id. */
function sessionEnvelope(session: SessionEntity, request: Envelope): Envelope {
  return {
    agencyId: session.agencyId,
    userId: session.userId,
    role: null,
    brandIds: null,
    correlationId: request.correlationId,
  };
}
