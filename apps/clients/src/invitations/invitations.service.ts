import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ClientsEvents,
  CreatedInvitationView,
  CreateInvitationPayload,
  InvitationIdPayload,
  InvitationView,
  isBrandRole,
  ListInvitationsPayload,
  MemberInvitedEvent,
  Page,
} from '@relais/contracts';
import { badInput, forbidden, notFound } from '@relais/server-errors';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { CredentialsCipher } from '../accounts/credentials-cipher';
import { findAgencyOrFail } from '../agencies/agency.repository';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { assertLiveBrands } from '../brands/brand.repository';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';
import { isMemberEmail } from '../memberships/membership.repository';
import { brandIdsProblem, canInviteAs, Permission } from '../core/role-rules';
import { authorize } from '../core/actor';
import { userNameOf } from '../users/user.repository';
import { normalizeEmail } from '../users/user.view';
import { InvitationEntity, StoredInvitationStatus } from './invitation.entity';
import { InvitationErrorReason, InvitationException } from './invitation.exception';
import { InvitationMailer } from './invitation.mailer';
import {
  countInvitations,
  expireLapsedInvitations,
  findInvitation,
  findInvitationByIdempotencyKey,
  findInvitations,
  insertInvitationIfFree,
  lockInvitation,
  updateInvitation,
} from './invitation.repository';
import { acceptUrl, hashInvitationToken, newInvitationToken } from './invitation-token';
import { toInvitationView } from './invitation.view';

interface Invited {
  invitation: InvitationEntity;
  token: string;
  invitedByName: string | null;
  agencyName: string;
  /** False when an earlier request with the same idempotency key created it. */
  created: boolean;
}

/** Inviting people into the agency, withdrawing and resending invitations. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(CLIENTS_CONFIG) private readonly config: ClientsConfig,
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly mailer: InvitationMailer,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: CreateInvitationPayload): Promise<CreatedInvitationView> {
    authorize(actor, Permission.InviteMembers);
    if (!canInviteAs(actor.role, payload.role)) {
      throw forbidden(`Your role cannot invite someone as ${payload.role}`);
    }
    const brandIds = payload.brandIds ?? [];
    const problem = brandIdsProblem(payload.role, brandIds);
    if (problem) throw badInput([problem]);
    const email = normalizeEmail(payload.email);

    const invited = await this.transactions.run(actor.scope, async (manager): Promise<Invited> => {
      const key = payload.idempotencyKey ?? null;
      const earlier = key ? await this.byIdempotencyKey(manager, actor, key) : null;
      if (earlier) return earlier;

      await assertLiveBrands(manager, actor.agencyId, brandIds);
      if (await isMemberEmail(manager, actor.agencyId, email)) {
        throw new InvitationException(InvitationErrorReason.AlreadyMember, {
          fields: [{ field: 'email', message: 'is already a member of the agency', constraint: 'taken' }],
        });
      }
      await expireLapsedInvitations(manager, actor.agencyId, email);

      const agency = await findAgencyOrFail(manager, actor.agencyId);
      const id = randomUUID();
      const token = newInvitationToken();
      const inserted = await insertInvitationIfFree(manager, {
        id,
        agencyId: actor.agencyId,
        email,
        role: payload.role,
        brandIds,
        locale: payload.locale ?? agency.defaultLocale,
        tokenHash: hashInvitationToken(token),
        tokenSealed: this.cipher.seal(token, id),
        invitedBy: actor.userId,
        status: StoredInvitationStatus.Pending,
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600 * 1000),
        idempotencyKey: key,
      });
      if (!inserted) {
        const concurrent = key ? await this.byIdempotencyKey(manager, actor, key) : null;
        if (concurrent) return concurrent;
        throw new InvitationException(InvitationErrorReason.AlreadyInvited, {
          fields: [{ field: 'email', message: 'already has a pending invitation', constraint: 'taken' }],
        });
      }

      const invitation = await findInvitation(manager, id);
      await this.audit.record(manager, {
        agencyId: actor.agencyId,
        actorUserId: actor.userId,
        action: AuditAction.InvitationCreated,
        targetType: 'invitation',
        targetId: id,
        details: { email, role: payload.role, brandIds },
      });
      const event: MemberInvitedEvent = { invitationId: id, email, role: payload.role, brandIds };
      await this.outbox.add(manager, {
        subject: ClientsEvents.memberInvited,
        envelope: actor.envelope,
        data: event,
      });
      return {
        invitation,
        token,
        invitedByName: await userNameOf(manager, actor.userId),
        agencyName: agency.name,
        created: true,
      };
    });

    if (invited.created) await this.sendMail(invited);
    return {
      invitation: toInvitationView(invited.invitation, invited.invitedByName),
      acceptUrl: acceptUrl(this.config.CONSOLE_URL, invited.token),
    };
  }

  /** The agency's invitations, newest first. */
  async list(actor: Actor, payload: ListInvitationsPayload): Promise<Page<InvitationView>> {
    authorize(actor, Permission.ReadTeam);
    const first = pageSize(payload);
    const after = payload.after ? decodeCursor(payload.after, 2) : null;
    const status = payload.status ?? null;
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await findInvitations(manager, actor.agencyId, status, after, first + 1);
      const count = await countInvitations(manager, actor.agencyId, status);
      const page = pageOf(rows, first, (row) => encodeCursor([row.createdKey, row.id]), count);
      return { ...page, items: page.items.map((row) => toInvitationView(row, row.invitedByName)) };
    });
  }

  async revoke(actor: Actor, payload: InvitationIdPayload): Promise<InvitationView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const invitation = await this.loadManageable(manager, actor, payload.id);
      const now = new Date();
      await updateInvitation(manager, invitation.id, {
        status: StoredInvitationStatus.Revoked,
        revokedAt: now,
      });
      await this.audit.record(manager, {
        agencyId: actor.agencyId,
        actorUserId: actor.userId,
        action: AuditAction.InvitationRevoked,
        targetType: 'invitation',
        targetId: invitation.id,
        details: { email: invitation.email, role: invitation.role },
      });
      const revoked = await findInvitation(manager, invitation.id);
      return toInvitationView(revoked, await userNameOf(manager, revoked.invitedBy));
    });
  }

  /** Sends the same link again and gives it a new validity period. */
  async resend(actor: Actor, payload: InvitationIdPayload): Promise<InvitationView> {
    const invited = await this.transactions.run(actor.scope, async (manager): Promise<Invited> => {
      const invitation = await this.loadManageable(manager, actor, payload.id);
      await updateInvitation(manager, invitation.id, {
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600 * 1000),
      });
      await this.audit.record(manager, {
        agencyId: actor.agencyId,
        actorUserId: actor.userId,
        action: AuditAction.InvitationResent,
        targetType: 'invitation',
        targetId: invitation.id,
        details: { email: invitation.email },
      });
      const renewed = await findInvitation(manager, invitation.id);
      const agency = await findAgencyOrFail(manager, actor.agencyId);
      return {
        invitation: renewed,
        token: this.cipher.unseal(renewed.tokenSealed, renewed.id),
        invitedByName: await userNameOf(manager, renewed.invitedBy),
        agencyName: agency.name,
        created: true,
      };
    });
    await this.sendMail(invited);
    return toInvitationView(invited.invitation, invited.invitedByName);
  }

  private async loadManageable(manager: EntityManager, actor: Actor, id: string): Promise<InvitationEntity> {
    // Brand users do not see the team: to them an invitation id is as unknown as a missing one.
    if (isBrandRole(actor.role)) throw notFound('invitation');
    const invitation = await lockInvitation(manager, id, actor.agencyId);
    if (!invitation) throw notFound('invitation');
    authorize(actor, Permission.InviteMembers);
    if (!canInviteAs(actor.role, invitation.role)) {
      throw forbidden(`Your role cannot manage invitations for the ${invitation.role} role`);
    }
    if (invitation.status !== StoredInvitationStatus.Pending) {
      throw new InvitationException(InvitationErrorReason.NotPending);
    }
    return invitation;
  }

  private async byIdempotencyKey(manager: EntityManager, actor: Actor, key: string): Promise<Invited | null> {
    const invitation = await findInvitationByIdempotencyKey(manager, actor.agencyId, key);
    if (!invitation) return null;
    return {
      invitation,
      token: this.cipher.unseal(invitation.tokenSealed, invitation.id),
      invitedByName: await userNameOf(manager, invitation.invitedBy),
      agencyName: '',
      created: false,
    };
  }

  private async sendMail(invited: Invited): Promise<void> {
    const { invitation } = invited;
    await this.mailer.send({
      invitationId: invitation.id,
      to: invitation.email,
      locale: invitation.locale,
      agencyName: invited.agencyName,
      inviterName: invited.invitedByName,
      role: invitation.role,
      acceptUrl: acceptUrl(this.config.CONSOLE_URL, invited.token),
      expiresAt: invitation.expiresAt,
    });
  }
}
