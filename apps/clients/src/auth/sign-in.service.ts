import { Injectable, Logger } from '@nestjs/common';
import { AuthResult, SignInPayload } from '@relais/contracts';
import { forbidden, notFound, unauthenticated } from '@relais/server-errors';
import { TenantTransactions } from '@relais/server-database';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { claimsFor, membershipsOf, UserMembership } from '../memberships/membership.repository';
import { PasswordHasher } from '../users/password-hasher';
import { findSignInCandidate, findUserOrFail, updateUser } from '../users/user.repository';
import { normalizeEmail } from '../users/user.view';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter.service';

export const WRONG_CREDENTIALS = 'Incorrect e-mail or password';

@Injectable()
export class SignInService {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInLimiter,
    private readonly sessions: SessionsService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Checks the password (the same answer, in the same time, for an unknown e-mail and a wrong
   * password), then opens the requested agency, else the last one used, else the first.
   */
  async signIn(payload: SignInPayload): Promise<AuthResult> {
    const email = normalizeEmail(payload.email);
    await this.limiter.assertAllowed(email, payload.ip);

    const candidate = await this.transactions.runSystem((manager) => findSignInCandidate(manager, email));
    const valid = candidate
      ? await this.hasher.verify(candidate.password_hash, payload.password)
      : await this.hasher.verifyNobody(payload.password);
    if (!candidate || !valid) {
      await this.limiter.recordFailure(email, payload.ip);
      if (candidate) await this.auditFailure(candidate.id, payload.ip);
      else this.logger.warn({ ip: payload.ip ?? null }, 'Sign-in attempt for an unknown e-mail');
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.limiter.recordSuccess(email);

    const userId = candidate.id;
    const { user, memberships } = await this.transactions.runForUser(userId, async (manager) => ({
      user: await findUserOrFail(manager, userId),
      memberships: await membershipsOf(manager, userId),
    }));
    const agencyId = this.chooseAgency(memberships, payload.agencyId, user.lastAgencyId);

    return this.transactions.run({ agencyId, userId, brandIds: null }, async (manager) => {
      const claims = await claimsFor(manager, userId, agencyId);
      if (!claims) throw unauthenticated('You no longer have access to this agency');
      if (user.lastAgencyId !== agencyId) {
        await updateUser(manager, userId, { lastAgencyId: agencyId });
      }
      const session = await this.sessions.open(manager, { userId, agencyId, ip: payload.ip });
      await this.audit.record(manager, {
        agencyId,
        actorUserId: userId,
        action: AuditAction.SignedIn,
        targetType: 'user',
        targetId: userId,
        ip: payload.ip,
      });
      return this.sessions.result(manager, claims, session);
    });
  }

  private chooseAgency(
    memberships: UserMembership[],
    requested: string | undefined,
    lastAgencyId: string | null,
  ): string {
    if (memberships.length === 0) throw forbidden('This account does not belong to any agency any more');
    if (requested) {
      // An agency the user does not belong to is as unknown to them as one that does not exist.
      if (!memberships.some((m) => m.agencyId === requested)) throw notFound('agency');
      return requested;
    }
    const last = memberships.find((m) => m.agencyId === lastAgencyId);
    return (last ?? memberships[0]).agencyId;
  }

  /** A failed attempt on a real account is written to the audit log of each agency it belongs to. */
  private async auditFailure(userId: string, ip: string | undefined): Promise<void> {
    const memberships = await this.transactions.runForUser(userId, (manager) =>
      membershipsOf(manager, userId),
    );
    for (const membership of memberships) {
      await this.transactions.run({ agencyId: membership.agencyId, userId, brandIds: null }, (manager) =>
        this.audit.record(manager, {
          agencyId: membership.agencyId,
          actorUserId: userId,
          action: AuditAction.SignInFailed,
          targetType: 'user',
          targetId: userId,
          details: { reason: 'wrong_password' },
          ip,
        }),
      );
    }
  }
}
