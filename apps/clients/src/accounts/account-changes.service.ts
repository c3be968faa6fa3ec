import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountChangedEvent, ClientsEvent, Envelope } from '@relais/contracts';
import { Outbox } from '@relais/server-events';
import { isoOrNull } from '@relais/server-database';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { AccountRecord } from './social-account.view';

/** Who did it: a user, or (null) another Relais service. */
export interface ChangeAuthor {
  envelope: Envelope;
  agencyId: string;
  userId: string | null;
}

/** The audit entry and the events of a change to accounts. */
@Injectable()
export class AccountChanges {
  constructor(
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
  ) {}

  async audited(
    manager: EntityManager,
    author: ChangeAuthor,
    action: AuditAction,
    account: AccountRecord,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      agencyId: author.agencyId,
      actorUserId: author.userId,
      action,
      targetType: 'social_account',
      targetId: account.id,
      details: { brandId: account.brandId, network: account.network, handle: account.handle, ...details },
    });
  }

  /**
   * One event per brand's account. Brands sharing a connection share its tokens, and a token must be
   * refreshed once (two refreshes of one refresh token race at the network): only the connection's
   * earliest account (`refresherId`) carries the expiry publishing schedules the refresh from.
   */
  async announce(
    manager: EntityManager,
    author: ChangeAuthor,
    subject: ClientsEvent,
    accounts: readonly AccountRecord[],
    refresherId: string | null,
    reason?: string,
  ): Promise<void> {
    for (const account of accounts) {
      const event: AccountChangedEvent = {
        accountId: account.id,
        brandId: account.brandId,
        network: account.network,
        externalId: account.externalId,
        status: account.status,
        ...(reason === undefined ? {} : { reason }),
        tokenExpiresAt: account.id === refresherId ? isoOrNull(account.tokenExpiresAt) : null,
      };
      await this.outbox.add(manager, { subject, envelope: author.envelope, data: event });
    }
  }
}
