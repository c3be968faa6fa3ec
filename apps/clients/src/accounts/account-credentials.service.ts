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
  StoreAccountCredentialsPayload,
} from '@relais/contracts';
import { conflict, notFound } from '@relais/server-errors';
import { TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AuditAction } from '../audit/audit-action';
import { AuditRecorder } from '../audit/audit-recorder.service';
import { systemScopeFrom } from '../core/actor';
import { isoOrNull } from '../core/pages';
import { findVisibleAccount } from './account-queries.service';
import { CredentialsCipher } from './credentials-cipher';
import { openCredentials, sealCredentials } from './sealed-credentials';
import { SocialAccountEntity } from './social-account.entity';
import { toSocialAccountView } from './social-account.view';

/**
 * What only other Relais services (publishing) may do with an account: read its tokens, store the
 * tokens a refresh obtained, flag it for reconnection.
 */
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
      status: account.status,
      statusReason: account.statusReason,
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
        tokenExpiresAt: isoOrNull(updated.tokenExpiresAt),
      };
      await this.outbox.add(manager, {
        subject: ClientsEvents.accountReconnectionRequired,
        envelope,
        data: event,
      });
      return toSocialAccountView(updated);
    });
  }

  /**
   * Stores the tokens a refresh obtained: encrypted like any other, the stored refresh token kept when
   * the network returned none, the expiry updated. The account is connected again (a working refresh
   * proves the grant still holds) and `accountReconnected` tells publishing the new expiry.
   */
  async storeCredentials(
    envelope: Envelope,
    payload: StoreAccountCredentialsPayload,
  ): Promise<SocialAccountView> {
    const scope = systemScopeFrom(envelope);
    return this.transactions.run(scope, async (manager) => {
      const account = await manager.findOne(SocialAccountEntity, {
        where: { id: payload.id, agencyId: scope.agencyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) throw notFound('social account');
      if (account.status === AccountStatus.Disconnected) {
        throw conflict('This account is disconnected; its new tokens were not stored');
      }
      const stored = openCredentials(this.cipher, account);
      const refreshToken = payload.credentials.refreshToken ?? stored?.refreshToken ?? undefined;
      await manager.update(
        SocialAccountEntity,
        { id: account.id },
        {
          ...sealCredentials(this.cipher, account.id, { ...payload.credentials, refreshToken }),
          status: AccountStatus.Connected,
          statusReason: null,
          updatedAt: new Date(),
        },
      );
      const updated = await manager.findOneByOrFail(SocialAccountEntity, { id: account.id });
      const tokenExpiresAt = isoOrNull(updated.tokenExpiresAt);
      await this.audit.record(manager, {
        agencyId: scope.agencyId,
        actorUserId: null,
        action: AuditAction.AccountCredentialsRefreshed,
        targetType: 'social_account',
        targetId: account.id,
        details: {
          brandId: account.brandId,
          network: account.network,
          tokenExpiresAt,
          refreshTokenRotated: payload.credentials.refreshToken !== undefined,
        },
      });
      const event: AccountChangedEvent = {
        accountId: account.id,
        brandId: account.brandId,
        network: account.network,
        status: updated.status,
        tokenExpiresAt,
      };
      await this.outbox.add(manager, { subject: ClientsEvents.accountReconnected, envelope, data: event });
      this.logger.log({ accountId: account.id, tokenExpiresAt }, 'Refreshed credentials stored');
      return toSocialAccountView(updated);
    });
  }
}
