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
import { AgencyEntity } from '../agencies/agency.entity';
import { AuditAction } from '../audit/audit-action';
import { AuditRecorder } from '../audit/audit-recorder.service';
import { AuthResults } from '../auth/auth-results.service';
import { SessionsService } from '../auth/sessions.service';
import { SignInLimiter } from '../auth/sign-in-limiter.service';
import { BrandAssignmentEntity } from '../memberships/brand-assignment.entity';
import { MembershipClaimsService } from '../memberships/membership-claims.service';
import { MembershipEntity } from '../memberships/membership.entity';
import { BrandScope, brandScopeOf } from '../memberships/role-rules';
import { PasswordHasher } from '../users/password-hasher.service';
import { UserEntity } from '../users/user.entity';
import { InvitationEntity, StoredInvitationStatus } from './invitation.entity';
import { InvitationErrorReason, InvitationException } from './invitation.exception';
import { hashInvitationToken } from './invitation-token';
import { assertAcceptable } from './invitation.view';

interface ExistingUser {
  id: string;
  password_hash: string;
}

/** Opening an invitation link: what it offers, and joining the agency with it. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInLimiter,
    private readonly memberships: MembershipClaimsService,
    private readonly sessions: SessionsService,
    private readonly results: AuthResults,
    private readonly audit: AuditRecorder,
    private readonly outbox: Outbox,
  ) {}

  async preview(payload: InvitationPreviewPayload): Promise<InvitationPreviewView> {
    const tokenHash = hashInvitationToken(payload.token);
    const agencyId = await this.agencyOf(tokenHash);
    const preview = await this.transactions.run(
      { agencyId, userId: null, brandIds: null },
      async (manager) => {
        const invitation = await manager.findOneBy(InvitationEntity, { tokenHash });
        assertAcceptable(invitation);
        const agency = await manager.findOneByOrFail(AgencyEntity, { id: agencyId });
        const brands = await manager.query<{ name: string }[]>(
          `SELECT name FROM clients.brands WHERE agency_id = $1 AND id = ANY($2::uuid[]) ORDER BY lower(name)`,
          [agencyId, invitation.brandIds],
        );
        return {
          agencyName: agency.name,
          email: invitation.email,
          role: invitation.role,
          brandNames: brands.map((brand) => brand.name),
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
      manager.findOneBy(InvitationEntity, { tokenHash }),
    );
    assertAcceptable(invitation);

    const existing = await this.findUser(invitation.email);
    const userId = existing?.id ?? randomUUID();
    const passwordHash = existing ? null : await this.newAccountPassword(payload);
    if (existing) await this.checkExistingPassword(existing, invitation.email, payload);

    try {
      return await this.transactions.run({ agencyId, userId, brandIds: null }, async (manager) => {
        const locked = await manager.findOne(InvitationEntity, {
          where: { id: invitation.id },
          lock: { mode: 'pessimistic_write' },
        });
        assertAcceptable(locked);
        if (passwordHash) {
          await manager.insert(UserEntity, {
            id: userId,
            email: locked.email,
            name: (payload.name as string).trim(),
            passwordHash,
            locale: payload.locale ?? locked.locale,
            lastAgencyId: agencyId,
          });
        } else {
          await manager.update(UserEntity, { id: userId }, { lastAgencyId: agencyId });
        }
        const membershipId = await this.join(manager, locked, userId);
        await manager.update(
          InvitationEntity,
          { id: locked.id },
          { status: StoredInvitationStatus.Accepted, acceptedAt: new Date(), acceptedBy: userId },
        );
        const claims = await this.memberships.claimsFor(manager, userId, agencyId);
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
        return this.results.build(manager, claims, session);
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
    await manager.insert(MembershipEntity, {
      id: membershipId,
      agencyId: invitation.agencyId,
      userId,
      role,
      brandId: isBrandRole(role) ? invitation.brandIds[0] : null,
    });
    if (brandScopeOf(role) === BrandScope.Assigned && invitation.brandIds.length > 0) {
      const live = await manager.query<{ id: string }[]>(
        `SELECT id FROM clients.brands WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND archived_at IS NULL`,
        [invitation.agencyId, invitation.brandIds],
      );
      if (live.length > 0) {
        await manager.insert(
          BrandAssignmentEntity,
          live.map((brand) => ({ agencyId: invitation.agencyId, membershipId, brandId: brand.id })),
        );
      }
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
    user: ExistingUser,
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
    const [row] = await this.transactions.runSystem((manager) =>
      manager.query<{ agency_id: string | null }[]>(
        `SELECT clients.find_invitation_agency($1) AS agency_id`,
        [tokenHash],
      ),
    );
    if (!row?.agency_id) throw new InvitationException(InvitationErrorReason.Unknown);
    return row.agency_id;
  }

  private async findUser(email: string): Promise<ExistingUser | null> {
    const rows = await this.transactions.runSystem((manager) =>
      manager.query<ExistingUser[]>(`SELECT id, password_hash FROM clients.find_user_for_sign_in($1)`, [
        email,
      ]),
    );
    return rows[0] ?? null;
  }
}
