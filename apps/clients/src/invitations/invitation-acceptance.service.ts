import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AcceptInvitationPayload,
  AuthResult,
  ClientsEvents,
  Envelope,
  FieldError,
  InvitationPreviewPayload,
  InvitationPreviewView,
  isBrandRole,
  MemberChangedEvent,
  PASSWORD_MIN_LENGTH,
  Role,
} from '@relais/contracts';
import { badInput, conflict } from '@relais/server-errors';
import { isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { findAgencyOrFail } from '../agencies/agency.repository';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { SessionsService } from '../auth/sessions.service';
import { SignInLimiter } from '../auth/sign-in-limiter.service';
import { agencyBrandNames, liveBrandIds } from '../brands/brand.repository';
import { claimsFor, insertAssignments, insertMembership } from '../memberships/membership.repository';
import { BrandScope, brandScopeOf } from '../core/role-rules';
import { PasswordHasher } from '../users/password-hasher';
import { findSignInCandidate, insertUser, SignInCandidate, updateUser } from '../users/user.repository';
import { InvitationEntity, StoredInvitationStatus } from './invitation.entity';
import { InvitationErrorReason, InvitationException } from './invitation.exception';
import {
  findInvitationByTokenHash,
  invitationAgencyOf,
  lockInvitation,
  updateInvitation,
} from './invitation.repository';
import { hashInvitationToken } from './invitation-token';
import { assertAcceptable } from './invitation.view';

/** Opening an invitation link: what it offers, and joining the agency with it. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInLimiter,
    private readonly sessions: SessionsService,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
  ) {}

  async preview(payload: InvitationPreviewPayload): Promise<InvitationPreviewView> {
    const tokenHash = hashInvitationToken(payload.token);
    const agencyId = await this.agencyOf(tokenHash);
    const preview = await this.transactions.run(
      { agencyId, userId: null, brandIds: null },
      async (manager) => {
        const invitation = await findInvitationByTokenHash(manager, tokenHash);
        assertAcceptable(invitation);
        const agency = await findAgencyOrFail(manager, agencyId);
        const brandNames = await agencyBrandNames(manager, agencyId, invitation.brandIds);
        return {
          agencyName: agency.name,
          email: invitation.email,
          role: invitation.role,
          brandNames,
          expiresAt: invitation.expiresAt.toISOString(),
        };
      },
    );
    return { ...preview, userExists: (await this.findUser(preview.email)) !== null };
  }

  /**
   * Joins the agency: creates the account (name and a new password) or checks the existing account's
   * password, then the membership, in one transaction. Signs the person in.
   */
  async accept(payload: AcceptInvitationPayload, envelope: Envelope): Promise<AuthResult> {
    const tokenHash = hashInvitationToken(payload.token);
    const agencyId = await this.agencyOf(tokenHash);
    const invitation = await this.transactions.run({ agencyId, userId: null, brandIds: null }, (manager) =>
      findInvitationByTokenHash(manager, tokenHash),
    );
    assertAcceptable(invitation);

    const existing = await this.findUser(invitation.email);
    const userId = existing?.id ?? randomUUID();
    const passwordHash = existing ? null : await this.newAccountPassword(payload);
    if (existing) await this.checkExistingPassword(existing, invitation.email, payload);

    try {
      return await this.transactions.run({ agencyId, userId, brandIds: null }, async (manager) => {
        const locked = await lockInvitation(manager, invitation.id);
        assertAcceptable(locked);
        if (passwordHash) {
          await insertUser(manager, {
            id: userId,
            email: locked.email,
            name: (payload.name as string).trim(),
            passwordHash,
            locale: payload.locale ?? locked.locale,
            lastAgencyId: agencyId,
          });
        } else {
          await updateUser(manager, userId, { lastAgencyId: agencyId });
        }
        const membershipId = await this.join(manager, locked, userId);
        await updateInvitation(manager, locked.id, {
          status: StoredInvitationStatus.Accepted,
          acceptedAt: new Date(),
          acceptedBy: userId,
        });
        const claims = await claimsFor(manager, userId, agencyId);
        if (!claims) throw new Error('The new membership is not visible to its own user');
        await this.audit.record(manager, {
          agencyId,
          actorUserId: userId,
          action: AuditAction.InvitationAccepted,
          targetType: 'invitation',
          targetId: locked.id,
          details: { email: locked.email, role: locked.role, newAccount: passwordHash !== null },
          ip: payload.ip,
        });
        const event: MemberChangedEvent = {
          membershipId,
          userId,
          role: claims.role,
          brandIds: claims.brandIds ?? [],
        };
        await this.outbox.add(manager, {
          subject: ClientsEvents.memberJoined,
          envelope: { ...envelope, agencyId, userId, role: claims.role, brandIds: claims.brandIds },
          data: event,
        });
        const session = await this.sessions.open(manager, { userId, agencyId, ip: payload.ip });
        return this.sessions.result(manager, claims, session);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'memberships_agency_user_key')) {
        throw new InvitationException(InvitationErrorReason.AlreadyMember);
      }
      if (isUniqueViolation(error, 'users_email_key')) {
        throw conflict('An account was just created with this e-mail; accept again with its password');
      }
      throw error;
    }
  }

  private async join(manager: EntityManager, invitation: InvitationEntity, userId: string): Promise<string> {
    const membershipId = randomUUID();
    const role: Role = invitation.role;
    await insertMembership(manager, {
      id: membershipId,
      agencyId: invitation.agencyId,
      userId,
      role,
      brandId: isBrandRole(role) ? invitation.brandIds[0] : null,
    });
    if (brandScopeOf(role) === BrandScope.Assigned && invitation.brandIds.length > 0) {
      const live = await liveBrandIds(manager, invitation.agencyId, invitation.brandIds);
      await insertAssignments(manager, invitation.agencyId, membershipId, live);
    }
    return membershipId;
  }

  private async newAccountPassword(payload: AcceptInvitationPayload): Promise<string> {
    const fields: FieldError[] = [];
    if (!payload.name?.trim())
      fields.push({
        field: 'name',
        message: 'name is required to create your account',
        constraint: 'required',
      });
    if (payload.password.length < PASSWORD_MIN_LENGTH) {
      fields.push({
        field: 'password',
        message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
        constraint: 'weakPassword',
      });
    }
    if (fields.length > 0) throw badInput(fields);
    return this.hasher.hash(payload.password);
  }

  /** The existing account's password, under the same attempt limits as signing in. */
  private async checkExistingPassword(
    user: SignInCandidate,
    email: string,
    payload: AcceptInvitationPayload,
  ): Promise<void> {
    await this.limiter.assertAllowed(email, payload.ip);
    if (!(await this.hasher.verify(user.password_hash, payload.password))) {
      await this.limiter.recordFailure(email, payload.ip);
      throw badInput(
        [{ field: 'password', message: 'is not the password of your existing Relais account' }],
        'Incorrect password',
      );
    }
    await this.limiter.recordSuccess(email);
  }

  private async agencyOf(tokenHash: Buffer): Promise<string> {
    const agencyId = await this.transactions.runSystem((manager) => invitationAgencyOf(manager, tokenHash));
    if (!agencyId) throw new InvitationException(InvitationErrorReason.Unknown);
    return agencyId;
  }

  private findUser(email: string): Promise<SignInCandidate | null> {
    return this.transactions.runSystem((manager) => findSignInCandidate(manager, email));
  }
}
