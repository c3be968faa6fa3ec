import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AccountCredentialsView,
  AccountStatus,
  ClientsSubjects,
  ErrorCode,
  systemEnvelope,
} from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';
import { NatsRequester } from '@relais/server-nats';
import { PUBLISHING_CONFIG, PublishingConfig } from '../config';
import { AccountAccess, RefreshRefused } from '../networks/network-adapter';

/** The clients service will not hand the account's tokens out: it is disconnected or gone. */
export class AccountUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountUnavailable';
  }
}

interface Entry {
  access: Promise<AccountAccess>;
  fetchedAt: number;
}

function accessOf(view: AccountCredentialsView): AccountAccess {
  return {
    accountId: view.accountId,
    network: view.network,
    externalId: view.externalId,
    instanceUrl: view.instanceUrl,
    accessToken: view.accessToken,
    refreshToken: view.refreshToken,
    expiresAt: view.expiresAt ? new Date(view.expiresAt) : null,
  };
}

/**
 * Accounts' tokens, asked of the clients service (`account.credentials`, as the system for the
 * account's agency) and kept in memory only, for a few minutes. Fetched ahead of the due instant.
 */
@Injectable()
export class CredentialsClient {
  private readonly logger = new Logger(CredentialsClient.name);
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly nats: NatsRequester,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {}

  get(agencyId: string, accountId: string): Promise<AccountAccess> {
    const entry = this.entries.get(accountId);
    if (entry && Date.now() - entry.fetchedAt < this.config.CREDENTIALS_TTL_SECONDS * 1000)
      return entry.access;
    const access = this.fetch(agencyId, accountId);
    this.entries.set(accountId, { access, fetchedAt: Date.now() });
    access.catch(() => {
      if (this.entries.get(accountId)?.access === access) this.entries.delete(accountId);
    });
    return access;
  }

  /** Starts fetching what is not cached (errors are met again when the credentials are needed). */
  prefetch(accounts: Iterable<{ agencyId: string; accountId: string }>): void {
    for (const { agencyId, accountId } of accounts) this.get(agencyId, accountId).catch(() => undefined);
  }

  /** New tokens (after a refresh) replace the cached ones at once. */
  put(access: AccountAccess): void {
    this.entries.set(access.accountId, { access: Promise.resolve(access), fetchedAt: Date.now() });
  }

  forget(accountId: string): void {
    this.entries.delete(accountId);
  }

  private async fetch(agencyId: string, accountId: string): Promise<AccountAccess> {
    try {
      const view = await this.nats.request<AccountCredentialsView>(
        ClientsSubjects.account.credentials,
        systemEnvelope(randomUUID(), agencyId),
        { id: accountId },
      );
      if (view.status === AccountStatus.NeedsReconnection) {
        // A person must reconnect it first: sending with tokens the network refused would fail anyway.
        throw new RefreshRefused(view.statusReason ?? 'The network refused its tokens', true);
      }
      return accessOf(view);
    } catch (error) {
      if (error instanceof RefreshRefused) throw error;
      if (
        error instanceof RemoteError &&
        (error.code === ErrorCode.Conflict || error.code === ErrorCode.NotFound)
      ) {
        throw new AccountUnavailable(error.message);
      }
      this.logger.warn(`Credentials of account ${accountId} could not be read: ${String(error)}`);
      throw error;
    }
  }
}
