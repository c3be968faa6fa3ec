import { Logger } from '@nestjs/common';
import { PublishFailureCode } from '@relais/contracts';
import { DataSource } from 'typeorm';
import { PublishingConfig } from '../config';
import { AccountUnavailable, CredentialsCache } from '../credentials/credentials-cache';
import { AdapterRegistry } from '../networks/adapter-registry';
import { AccountAccess, NetworkAdapter, PublishOutcome, RefreshRefused } from '../networks/network-adapter';
import { PublicationRow } from '../publications/publication-row';
import { TokenRefresher } from '../tokens/token-refresher';
import { SendLimits } from './concurrency';
import { DispatchMetrics } from './dispatch-metrics';
import { DispatchResult } from './dispatch-result';
import { requestOf, resultOf, RetryPolicy } from './outcome-mapping';

const CREDENTIALS_RETRY_MS = 5000;
/** Reconciliation looks this far before the interrupted attempt for the post. */
const RECONCILE_WINDOW_MS = 5 * 60_000;

export interface SenderDeps {
  dataSource: DataSource;
  adapters: AdapterRegistry;
  credentials: CredentialsCache;
  tokens: TokenRefresher;
  metrics: DispatchMetrics;
  config: PublishingConfig;
  worker: string;
  limits: SendLimits;
  emit: (result: DispatchResult) => void;
}

/**
 * Sends a batch of claimed publications at their due instant: credentials (cached, refreshed when
 * about to expire), one statement moving every row still claimed to `sending`, then the requests
 * under the per-network and per-account limits; every outcome goes to the result sink.
 */
export class PublicationSender {
  private readonly logger = new Logger(PublicationSender.name);
  private readonly policy: RetryPolicy;
  private inFlight = 0;

  constructor(private readonly deps: SenderDeps) {
    this.policy = {
      maxAttempts: deps.config.MAX_ATTEMPTS,
      baseMs: deps.config.RETRY_BASE_MS,
      maxMs: deps.config.RETRY_MAX_MS,
    };
  }

  get busy(): number {
    return this.inFlight;
  }

  /** `rows`: claimed by this worker (or taken over in `unknown` from an expired lease). */
  async sendBatch(rows: PublicationRow[]): Promise<void> {
    const ready: { row: PublicationRow; access: AccountAccess }[] = [];
    await Promise.all(
      rows.map(async (row) => {
        const blocked = this.deps.limits.blockedUntil(row.account_id);
        if (blocked) return this.deps.emit({ row, attempt: null, kind: 'release', nextAttemptAt: blocked });
        const access = await this.accessFor(row);
        if (access) ready.push({ row, access });
      }),
    );
    if (ready.length === 0) return;
    const moved = await this.deps.dataSource.query<{ id: string; attempt: number }[]>(
      `SELECT id, attempt FROM publishing.start_sending($1, $2::uuid[], $3)`,
      [this.deps.worker, ready.map(({ row }) => row.id), this.deps.config.LEASE_SECONDS],
    );
    const attempts = new Map(moved.map((row) => [row.id, row.attempt]));
    await Promise.all(
      ready
        .filter(({ row }) => attempts.has(row.id))
        .map(({ row, access }) => this.publish(row, access, attempts.get(row.id) ?? row.attempts + 1)),
    );
  }

  /** Taken over in `unknown` by a network that does not dedupe: look for the post before anything else. */
  async reconcile(row: PublicationRow): Promise<void> {
    const access = await this.accessFor(row);
    if (!access) return;
    const adapter = this.deps.adapters.get(row.network);
    const since = new Date(
      (row.sending_at ? new Date(row.sending_at) : new Date(row.due_at)).getTime() - RECONCILE_WINDOW_MS,
    );
    try {
      const found = await adapter.findPublished(
        access,
        requestOf(row),
        since,
        AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
      );
      if (found) {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'published',
          externalId: found.externalId,
          url: found.url,
          detail: 'found on the network after an interrupted send',
        });
      } else {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'retry',
          nextAttemptAt: new Date(),
          code: PublishFailureCode.NetworkUnavailable,
          message: 'The send was interrupted and the post is not on the network; sending it again.',
          networkMessage: null,
        });
      }
    } catch (error) {
      // Left in `unknown` under this lease: checked again once it expires.
      this.logger.warn(`Publication ${row.id} could not be checked on the network: ${String(error)}`);
    }
  }

  private async accessFor(row: PublicationRow): Promise<AccountAccess | null> {
    try {
      const access = await this.deps.credentials.get(row.agency_id, row.account_id);
      if (!this.deps.tokens.expiresSoon(access)) return access;
      return await this.deps.tokens.refresh(row.agency_id, access).catch((error: unknown) => {
        if (error instanceof RefreshRefused && error.permanent) throw error;
        return access;
      });
    } catch (error) {
      if (error instanceof AccountUnavailable) {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'failed',
          code: PublishFailureCode.AccountDisconnected,
          message: `The account cannot publish: ${error.message}`,
          networkMessage: null,
        });
      } else if (error instanceof RefreshRefused) {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'failed',
          code: PublishFailureCode.NeedsReconnection,
          message: `The account must be reconnected: ${error.message}`,
          networkMessage: null,
        });
      } else {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'release',
          nextAttemptAt: new Date(Date.now() + CREDENTIALS_RETRY_MS),
        });
      }
      return null;
    }
  }

  private async publish(row: PublicationRow, access: AccountAccess, attempt: number): Promise<void> {
    const adapter = this.deps.adapters.get(row.network);
    const release = await this.deps.limits.acquire(row.network, row.account_id);
    const series = this.deps.metrics.of(row.network);
    this.inFlight += 1;
    series.inFlight.inc();
    const dueAt = new Date(row.due_at).getTime();
    let sentAt: number | undefined;
    // The first time the request leaves is what lateness measures (a resend does not move it).
    const onSent = (at: number) => {
      if (sentAt !== undefined) return;
      sentAt = at;
      series.lateness.observe(Math.max(0, at - dueAt) / 1000);
    };
    let outcome: PublishOutcome;
    try {
      const already = await this.alreadyPublished(adapter, row, access);
      outcome = already ?? (await this.call(row, access, onSent));
      if (outcome.kind === 'unknown' && adapter.idempotent) outcome = await this.call(row, access, onSent);
      if (outcome.kind === 'failed' && outcome.authExpired)
        outcome = await this.afterAuthFailure(row, access, outcome);
      if (outcome.kind === 'unknown' && !adapter.idempotent) {
        const found = await adapter
          .findPublished(
            access,
            requestOf(row),
            new Date(Date.now() - RECONCILE_WINDOW_MS),
            AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
          )
          .catch(() => undefined);
        if (found) outcome = { kind: 'published', externalId: found.externalId, url: found.url };
        else if (found === null) {
          outcome = {
            kind: 'failed',
            code: PublishFailureCode.NetworkUnavailable,
            message: 'The network did not answer and the post is not there; sending it again.',
            networkMessage: null,
            retryable: true,
          };
        }
      }
    } finally {
      release();
      this.inFlight -= 1;
      series.inFlight.dec();
    }
    const result = resultOf(row, attempt, outcome, this.policy);
    if (sentAt !== undefined) result.sentAt = sentAt;
    if (result.blockedUntil) this.deps.limits.block(row.account_id, result.blockedUntil);
    this.deps.emit(result);
  }

  /**
   * Before resending on a network without idempotency after it answered with a server error (it may
   * have stored the post before failing), look for the post on the account: found, it is published.
   */
  private async alreadyPublished(
    adapter: NetworkAdapter,
    row: PublicationRow,
    access: AccountAccess,
  ): Promise<PublishOutcome | null> {
    if (adapter.idempotent || row.failure_code !== PublishFailureCode.NetworkUnavailable) return null;
    const since = new Date(
      Math.min(new Date(row.due_at).getTime() - 60_000, Date.now() - RECONCILE_WINDOW_MS),
    );
    try {
      const found = await adapter.findPublished(
        access,
        requestOf(row),
        since,
        AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
      );
      return found ? { kind: 'published', externalId: found.externalId, url: found.url } : null;
    } catch {
      // Sending without knowing could post twice: check again at the next attempt.
      return {
        kind: 'failed',
        code: PublishFailureCode.NetworkUnavailable,
        message: 'The network could not be asked whether the post is already there.',
        networkMessage: null,
        retryable: true,
      };
    }
  }

  private async call(
    row: PublicationRow,
    access: AccountAccess,
    onSent?: (at: number) => void,
  ): Promise<PublishOutcome> {
    try {
      return await this.deps.adapters
        .get(row.network)
        .publish(
          access,
          { ...requestOf(row), onSent },
          AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS + 1000),
        );
    } catch (error) {
      return { kind: 'unknown', message: `The request failed unexpectedly: ${String(error)}` };
    }
  }

  /** The token was refused: renew it and send once more, or flag the account. */
  private async afterAuthFailure(
    row: PublicationRow,
    access: AccountAccess,
    outcome: PublishOutcome,
  ): Promise<PublishOutcome> {
    try {
      const renewed = await this.deps.tokens.refresh(row.agency_id, access);
      if (renewed.accessToken !== access.accessToken) return await this.call(row, renewed);
      await this.deps.tokens.needsReconnection(row.agency_id, access, 'The network refused the access token');
      return {
        kind: 'failed',
        code: PublishFailureCode.NeedsReconnection,
        message: 'The network refused the access token: reconnect the account.',
        networkMessage: outcome.kind === 'failed' ? outcome.networkMessage : null,
        retryable: false,
      };
    } catch (error) {
      if (error instanceof RefreshRefused && error.permanent) {
        return {
          kind: 'failed',
          code: PublishFailureCode.NeedsReconnection,
          message: `The account must be reconnected: ${error.message}`,
          networkMessage: null,
          retryable: false,
        };
      }
      return {
        kind: 'failed',
        code: PublishFailureCode.NetworkUnavailable,
        message: `The access token could not be renewed yet: ${String(error)}`,
        networkMessage: null,
        retryable: true,
      };
    }
  }
}
