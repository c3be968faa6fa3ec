import { Injectable, Logger } from '@nestjs/common';
import {
  AccountCredentialsView,
  AccountIdPayload,
  AccountStatus,
  ClientsEvents,
  Envelope,
  MarkNeedsReconnectionPayload,
  SocialAccountView,
  StoreAccountCredentialsPayload,
} from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import { isoOrNull, systemScopeFrom, TenantTransactions } from '@relais/server-database';
import { AuditAction } from '../audit/audit-action';
import { AccountChanges, ChangeAuthor } from './account-changes.service';
import { CredentialsCipher } from './credentials-cipher';
import { openCredentials } from './sealed-credentials';
import {
  findConnection,
  findVisibleAccount,
  liveAccountsOf,
  lockConnection,
  setConnectionStatus,
  storeConnectionCredentials,
} from './social-account.repository';
import { AccountRecord, toSocialAccountView } from './social-account.view';

/** A live account's connection id, or CONFLICT: a disconnected account has no credentials any more. */
function connectionIdOf(account: AccountRecord, message: string): string {
  if (!account.connectionId) throw conflict(message);
  return account.connectionId;
}

/**
 * What only other Relais services (publishing) may do with an account: read its tokens, store the
 * tokens a refresh obtained, flag it for reconnection. The tokens are its connection's: whatever
 * happens to them happens for every brand sharing the account.
 */
@Injectable()
export class AccountCredentialsService {
  private readonly logger = new Logger(AccountCredentialsService.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly changes: AccountChanges,
  ) {}

  async credentials(envelope: Envelope, payload: AccountIdPayload): Promise<AccountCredentialsView> {
    const scope = systemScopeFrom(envelope);
    const { account, connection } = await this.transactions.run(scope, async (manager) => {
      const found = await findVisibleAccount(manager, scope.agencyId, payload.id);
      const connectionId = connectionIdOf(found, 'This account is disconnected');
      return {
        account: found,
        connection: await findConnection(manager, connectionId),
      };
    });
    const secret = openCredentials(this.cipher, connection);
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
      expiresAt: isoOrNull(connection.tokenExpiresAt),
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
      const connectionId = connectionIdOf(account, 'This account is disconnected');
      if (account.status === AccountStatus.NeedsReconnection && account.statusReason === payload.reason) {
        return toSocialAccountView(account);
      }
      await lockConnection(manager, connectionId);
      await setConnectionStatus(manager, connectionId, AccountStatus.NeedsReconnection, payload.reason);
      const linked = await liveAccountsOf(manager, connectionId);
      const updated = this.ownOf(linked, account);
      const author = systemAuthor(envelope, scope.agencyId);
      await this.changes.audited(manager, author, AuditAction.AccountNeedsReconnection, updated, {
        reason: payload.reason,
      });
      await this.changes.announce(
        manager,
        author,
        ClientsEvents.accountReconnectionRequired,
        linked,
        linked[0].id,
        payload.reason,
      );
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
      const account = await findVisibleAccount(manager, scope.agencyId, payload.id);
      const connectionId = connectionIdOf(
        account,
        'This account is disconnected; its new tokens were not stored',
      );
      const connection = await lockConnection(manager, connectionId);
      const stored = openCredentials(this.cipher, connection);
      const refreshToken = payload.credentials.refreshToken ?? stored.refreshToken ?? undefined;
      await storeConnectionCredentials(manager, this.cipher, connectionId, {
        ...payload.credentials,
        refreshToken,
      });
      await setConnectionStatus(manager, connectionId, AccountStatus.Connected, null);
      const linked = await liveAccountsOf(manager, connectionId);
      const updated = this.ownOf(linked, account);
      const tokenExpiresAt = isoOrNull(updated.tokenExpiresAt);
      const author = systemAuthor(envelope, scope.agencyId);
      await this.changes.audited(manager, author, AuditAction.AccountCredentialsRefreshed, updated, {
        tokenExpiresAt,
        refreshTokenRotated: payload.credentials.refreshToken !== undefined,
      });
      await this.changes.announce(manager, author, ClientsEvents.accountReconnected, linked, linked[0].id);
      this.logger.log({ accountId: account.id, tokenExpiresAt }, 'Refreshed credentials stored');
      return toSocialAccountView(updated);
    });
  }

  private ownOf(linked: readonly AccountRecord[], account: AccountRecord): AccountRecord {
    return linked.find((each) => each.id === account.id) as AccountRecord;
  }
}

function systemAuthor(envelope: Envelope, agencyId: string): ChangeAuthor {
  return { envelope, agencyId, userId: null };
}
