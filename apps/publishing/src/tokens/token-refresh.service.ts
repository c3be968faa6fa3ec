import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClientsSubjects, PublishFailureCode, systemEnvelope } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { NatsRequester } from '@relais/server-nats';
import { PUBLISHING_CONFIG, PublishingConfig } from '../config';
import { AccountUnavailable, CredentialsClient } from '../credentials/credentials.client';
import { AdapterRegistry } from '../networks/adapter-registry';
import { AccountAccess, RefreshRefused } from '../networks/network-adapter';
import { OpenPublicationsService } from '../publications/open-publications.service';
import { RefreshOutcome, RefreshRow, TokenRefreshRepository } from './token-refresh.repository';

const MAX_TEMPORARY_FAILURES = 8;

/**
 * Keeps accounts' tokens valid: refreshes them ahead of expiry (its own scheduled work in
 * `token_refreshes`, and before sending when cached tokens are about to expire). Success stores the
 * tokens through the clients service; a permanent refusal flags the account for reconnection and
 * fails its pending publications with `needs_reconnection`.
 */
@Injectable()
export class TokenRefreshService {
  private readonly logger = new Logger(TokenRefreshService.name);
  private readonly running = new Map<string, Promise<AccountAccess>>();

  constructor(
    private readonly refreshes: TokenRefreshRepository,
    private readonly transactions: TenantTransactions,
    private readonly nats: NatsRequester,
    private readonly adapters: AdapterRegistry,
    private readonly credentials: CredentialsClient,
    private readonly openPublications: OpenPublicationsService,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {}

  /** True when the tokens expire within the margin (and so are refreshed before sending). */
  expiresSoon(access: AccountAccess): boolean {
    return (
      access.expiresAt !== null &&
      access.expiresAt.getTime() - Date.now() < this.config.TOKEN_REFRESH_MARGIN_SECONDS * 1000
    );
  }

  /** Refreshes the account's tokens (once at a time per account); the same tokens when the network has none. */
  refresh(agencyId: string, access: AccountAccess): Promise<AccountAccess> {
    const running = this.running.get(access.accountId);
    if (running) return running;
    const refresh = this.doRefresh(agencyId, access).finally(() => this.running.delete(access.accountId));
    this.running.set(access.accountId, refresh);
    return refresh;
  }

  /** Runs the token refreshes that are due (their own scheduled work). */
  async runDue(worker: string): Promise<void> {
    const rows = await this.refreshes.claimDue(worker, this.config.LEASE_SECONDS, 50);
    await Promise.all(rows.map((row) => this.runOne(row)));
  }

  private async runOne(row: RefreshRow): Promise<void> {
    let outcome: RefreshOutcome;
    try {
      this.credentials.forget(row.account_id);
      const access = await this.credentials.get(row.agency_id, row.account_id);
      await this.refresh(row.agency_id, access);
      outcome = { status: 'done', error: null };
    } catch (error) {
      const permanent =
        error instanceof AccountUnavailable || (error instanceof RefreshRefused && error.permanent);
      const exhausted = row.attempts + 1 >= MAX_TEMPORARY_FAILURES;
      outcome = {
        status: permanent || exhausted ? 'failed' : 'scheduled',
        error: error instanceof Error ? error.message : String(error),
        retryInMs: Math.min(30_000 * 2 ** row.attempts, 3600_000),
      };
    }
    await this.transactions.run({ agencyId: row.agency_id, userId: null, brandIds: null }, (manager) =>
      this.refreshes.finish(manager, row.account_id, outcome),
    );
  }

  private async doRefresh(agencyId: string, access: AccountAccess): Promise<AccountAccess> {
    const adapter = this.adapters.get(access.network);
    let refreshed;
    try {
      refreshed = await adapter.refresh(access, AbortSignal.timeout(this.config.HTTP_TIMEOUT_MS));
    } catch (error) {
      if (error instanceof RefreshRefused && error.permanent)
        await this.needsReconnection(agencyId, access, error.message);
      throw error;
    }
    if (!refreshed) return access;
    await this.nats.request(
      ClientsSubjects.account.storeCredentials,
      systemEnvelope(randomUUID(), agencyId),
      {
        id: access.accountId,
        credentials: {
          accessToken: refreshed.accessToken,
          ...(refreshed.refreshToken ? { refreshToken: refreshed.refreshToken } : {}),
          ...(refreshed.expiresAt ? { expiresAt: refreshed.expiresAt.toISOString() } : {}),
        },
      },
    );
    const next: AccountAccess = {
      ...access,
      accessToken: refreshed.accessToken,
      refreshToken: refreshed.refreshToken ?? access.refreshToken,
      expiresAt: refreshed.expiresAt,
    };
    this.credentials.put(next);
    this.logger.log({ accountId: access.accountId }, 'Account tokens refreshed');
    return next;
  }

  /** The account must be reconnected by a person: flag it, and fail what waits for it, visibly. */
  async needsReconnection(
    agencyId: string,
    access: Pick<AccountAccess, 'accountId'>,
    reason: string,
  ): Promise<void> {
    this.credentials.forget(access.accountId);
    await this.nats
      .request(ClientsSubjects.account.markNeedsReconnection, systemEnvelope(randomUUID(), agencyId), {
        id: access.accountId,
        reason: reason.slice(0, 500) || 'The network refused to renew the access',
      })
      .catch((error: unknown) =>
        this.logger.warn(
          `Account ${access.accountId} could not be flagged for reconnection: ${String(error)}`,
        ),
      );
    await this.transactions.run({ agencyId, userId: null, brandIds: null }, (manager) =>
      this.openPublications.fail(
        manager,
        { accountId: access.accountId },
        {
          code: PublishFailureCode.NeedsReconnection,
          message: `The account must be reconnected: ${reason}`,
        },
      ),
    );
  }
}
