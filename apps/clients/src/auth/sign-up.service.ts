import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AgencyCreatedEvent,
  AuthResult,
  ClientsEvents,
  Envelope,
  MemberChangedEvent,
  Role,
  SignUpPayload,
} from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import { isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AgenciesService } from '../agencies/agencies.service';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { insertMembership } from '../memberships/membership.repository';
import { PasswordHasher } from '../users/password-hasher';
import { insertUser } from '../users/user.repository';
import { normalizeEmail } from '../users/user.view';
import { SessionsService } from './sessions.service';

/** A new agency with its first owner, in one transaction. */
@Injectable()
export class SignUpService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly agencies: AgenciesService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
  ) {}

  async signUp(payload: SignUpPayload, envelope: Envelope): Promise<AuthResult> {
    const email = normalizeEmail(payload.email);
    const passwordHash = await this.hasher.hash(payload.password);
    const agencyId = randomUUID();
    const userId = randomUUID();
    const membershipId = randomUUID();
    const eventEnvelope: Envelope = {
      agencyId,
      userId,
      role: Role.Owner,
      brandIds: null,
      correlationId: envelope.correlationId,
    };

    try {
      return await this.transactions.run({ agencyId, userId, brandIds: null }, async (manager) => {
        const agency = await this.agencies.create(manager, {
          id: agencyId,
          name: payload.agencyName,
          defaultLocale: payload.locale,
        });
        await insertUser(manager, {
          id: userId,
          email,
          name: payload.name,
          passwordHash,
          locale: payload.locale,
          lastAgencyId: agencyId,
        });
        await insertMembership(manager, {
          id: membershipId,
          agencyId,
          userId,
          role: Role.Owner,
          brandId: null,
        });
        const session = await this.sessions.open(manager, { userId, agencyId, ip: payload.ip });
        await this.audit.record(manager, {
          agencyId,
          actorUserId: userId,
          action: AuditAction.SignedUp,
          targetType: 'agency',
          targetId: agencyId,
          details: { agencyName: agency.name, slug: agency.slug },
          ip: payload.ip,
        });
        await this.outbox.add(manager, {
          subject: ClientsEvents.agencyCreated,
          envelope: eventEnvelope,
          data: { agencyId, name: agency.name } satisfies AgencyCreatedEvent,
        });
        await this.outbox.add(manager, {
          subject: ClientsEvents.memberJoined,
          envelope: eventEnvelope,
          data: { membershipId, userId, role: Role.Owner, brandIds: [] } satisfies MemberChangedEvent,
        });
        const claims = { agencyId, userId, role: Role.Owner, brandIds: null };
        return this.sessions.result(manager, claims, session);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw conflict('An account already exists with this e-mail; sign in instead', [
          { field: 'email', message: 'is already registered', constraint: 'taken' },
        ]);
      }
      throw error;
    }
  }
}
