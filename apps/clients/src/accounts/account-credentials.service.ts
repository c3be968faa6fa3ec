import { Injectable, Logger } from '@nestjs/common';
import {
  AccountChangedEvent,
  AccountCredentialsView,
  AccountIdPayload,
  AccountStatus,
  ClientsEvents,
  Envelope,
  MarkNeedsReconnectionPayload,
  SocialAccountView,
} from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import { TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AuditAction } from '../audit/audit-action';
import { AuditRecorder } from '../audit/audit-recorder.service';
import { systemScopeFrom } from '../core/actor';
import { isoOrNull } from '../core/pages';
import { findVisibleAccount } from './account-queries.service';
import { CredentialsCipher } from './credentials-cipher';
import { openCredentials } from './sealed-credentials';
import { SocialAccountEntity } from './social-account.entity';
import { toSocialAccountView } from './social-account.view';

/** What only other Relais services (publishing) may do with an account: read its tokens, flag it. */
@Injectable()
export class AccountCredentialsService {
  private readonly logger = new Logger(AccountCredentialsService.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly audit: AuditRecorder,
    private readonly outbox: Outbox,
  ) {}

  async credentials(envelope: Envelope, payload: AccountIdPayload): Promise<AccountCredentialsView> {
    const scope = systemScopeFrom(envelope);
    const account = await this.transactions.run(scope, (manager) =>
      findVisibleAccount(manager, scope.agencyId, payload.id),
    );
    const secret = openCredentials(this.cipher, account);
    if (!secret) throw conflict('This account is disconnected');
    this.logger.log({ accountId: account.id }, 'Credentials handed out');
    return {
      accountId: account.id,
      agencyId: account.agencyId,
      brandId: account.brandId,
      network: account.network,
      externalId: account.externalId,
      instanceUrl: account.instanceUrl,
      accessToken: secret.accessToken,
      refreshToken: secret.refreshToken,
      expiresAt: isoOrNull(account.tokenExpiresAt),
    };
  }

  async markNeedsReconnection(
    envelope: Envelope,
    payload: MarkNeedsReconnectionPayload,
  ): Promise<SocialAccountView> {
    const scope = systemScopeFrom(envelope);
    return this.transactions.run(scope, async (manager) => {
      const account = await findVisibleAccount(manager, scope.agencyId, payload.id);
      if (account.status === AccountStatus.Disconnected) throw conflict('This account is disconnected');
      if (account.status === AccountStatus.NeedsReconnection && account.statusReason === payload.reason) {
        return toSocialAccountView(account);
      }
      await manager.update(
        SocialAccountEntity,
        { id: account.id },
        { status: AccountStatus.NeedsReconnection, statusReason: payload.reason, updatedAt: new Date() },
      );
      const updated = await manager.findOneByOrFail(SocialAccountEntity, { id: account.id });
      await this.audit.record(manager, {
        agencyId: scope.agencyId,
        actorUserId: null,
        action: AuditAction.AccountNeedsReconnection,
        targetType: 'social_account',
        targetId: account.id,
        details: { brandId: account.brandId, network: account.network, reason: payload.reason },
      });
      const event: AccountChangedEvent = {
        accountId: account.id,
        brandId: account.brandId,
        network: account.network,
        status: updated.status,
        reason: payload.reason,
      };
      await this.outbox.add(manager, {
        subject: ClientsEvents.accountReconnectionRequired,
        envelope,
        data: event,
      });
      return toSocialAccountView(updated);
    });
  }
}
