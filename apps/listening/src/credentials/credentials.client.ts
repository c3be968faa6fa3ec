import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AccountCredentialsView, AccountStatus, ClientsSubjects, systemEnvelope } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { LISTENING_CONFIG, ListeningConfig } from '../config';
import { AccountAccess, ListenFailure } from '../networks/surface-listener';

interface Entry {
  access: Promise<AccountAccess>;
  fetchedAt: number;
}

/**
 * Accounts' tokens, asked of the clients service (`account.credentials`, as the system for the
 * account's agency) and kept in memory only, for `CREDENTIALS_TTL_SECONDS`. The publishing service
 * refreshes tokens; listening only reads them, and forgets them when the network refuses them.
 */
@Injectable()
export class CredentialsClient {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly nats: NatsRequester,
    @Inject(LISTENING_CONFIG) private readonly config: ListeningConfig,
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

  forget(accountId: string): void {
    this.entries.delete(accountId);
  }

  private async fetch(agencyId: string, accountId: string): Promise<AccountAccess> {
    const view = await this.nats.request<AccountCredentialsView>(
      ClientsSubjects.account.credentials,
      systemEnvelope(randomUUID(), agencyId),
      { id: accountId },
    );
    if (view.status === AccountStatus.NeedsReconnection)
      throw new ListenFailure(
        'auth',
        view.statusReason ?? 'The network refused its tokens: reconnect the account',
      );
    return {
      accountId: view.accountId,
      network: view.network,
      externalId: view.externalId,
      instanceUrl: view.instanceUrl,
      accessToken: view.accessToken,
    };
  }
}
