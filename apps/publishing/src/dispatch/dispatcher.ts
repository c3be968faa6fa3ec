import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PUBLISHING_CONFIG, PublishingConfig } from '../config';
import { CredentialsClient } from '../credentials/credentials.client';
import { PublicationMediaService } from '../media/publication-media.service';
import { PublicationPartsService } from '../publications/publication-parts.service';
import { AdapterRegistry } from '../networks/adapter-registry';
import { configureHttpCalls } from '../networks/http-call';
import { PublicationRow } from '../publications/publication';
import { TokenRefreshService } from '../tokens/token-refresh.service';
import { SendLimits } from './concurrency';
import { DispatchMetrics } from './dispatch-metrics';
import { DispatchRepository } from './dispatch.repository';
import { DispatchResult } from './dispatch-result';
import { DueListener } from './due-listener';
import { PublicationSender } from './publication-sender';
import { ResultSink } from './result-sink';
import { ResultWriter } from './result-writer.service';

/** Do not re-check sooner than this when something is due but could not be claimed (held elsewhere). */
const MIN_RECHECK_MS = 100;
const STOP_GRACE_MS = 10_000;

const dueOf = (row: PublicationRow) => new Date(row.next_attempt_at ?? row.due_at).getTime();

/**
 * One per replica. Woken by `publishing_due` notifications and by one timer at the next due instant
 * (minus the lookahead): claims what is due within the lookahead in batches (`FOR UPDATE SKIP
 * LOCKED`, under a lease), prefetches the accounts' credentials, and sends each batch at its due
 * instant; takes over expired leases (claimed → due again; sending/unknown → reconciled).
 */
@Injectable()
export class Dispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(Dispatcher.name);
  private readonly worker: string;
  private readonly listener: DueListener;
  private readonly sink: ResultSink;
  private readonly sender: PublicationSender;
  /** Claimed rows waiting for their instant, soonest first. */
  private queue: PublicationRow[] = [];
  private sendTimer?: NodeJS.Timeout;
  private sendTimerAt = Infinity;
  private wakeTimer?: NodeJS.Timeout;
  private safetyTimer?: NodeJS.Timeout;
  private waking: Promise<void> | null = null;
  private wakeAgain = false;
  private stopped = false;
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly repository: DispatchRepository,
    writer: ResultWriter,
    private readonly adapters: AdapterRegistry,
    private readonly credentials: CredentialsClient,
    private readonly tokens: TokenRefreshService,
    media: PublicationMediaService,
    parts: PublicationPartsService,
    metrics: DispatchMetrics,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {
    this.worker = config.WORKER_ID;
    this.listener = new DueListener(config.DATABASE_URL, () => this.wake());
    this.sink = new ResultSink(
      writer,
      { worker: this.worker, batchSize: config.OUTCOME_BATCH_SIZE, flushMs: config.OUTCOME_FLUSH_MS },
      (results) => this.afterWrite(results),
    );
    // Enough connections per server for every request the semaphores let out at once.
    configureHttpCalls({
      maxSocketsPerOrigin: Math.max(
        config.DEFAULT_NETWORK_CONCURRENCY,
        ...Object.values(config.NETWORK_CONCURRENCY),
      ),
    });
    const limits = new SendLimits(
      (network) =>
        config.NETWORK_CONCURRENCY[network as keyof typeof config.NETWORK_CONCURRENCY] ??
        config.DEFAULT_NETWORK_CONCURRENCY,
      config.ACCOUNT_CONCURRENCY,
    );
    this.sender = new PublicationSender({
      repository,
      adapters,
      credentials,
      media,
      parts,
      tokens,
      metrics,
      config,
      worker: this.worker,
      limits,
      emit: (result, admitted) => this.sink.push(result, admitted),
      admit: (wanted) => this.sink.admit(wanted),
      forgo: (count) => this.sink.forgo(count),
      running: () => !this.stopped,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DISPATCH_ENABLED) return;
    await this.listener.start();
    this.safetyTimer = setInterval(() => this.wake(), this.config.SAFETY_RECHECK_MS);
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.safetyTimer);
    clearTimeout(this.wakeTimer);
    clearTimeout(this.sendTimer);
    await this.listener.stop();
    await this.waking?.catch(() => undefined);
    // Claimed but not sent: due again at once for another replica rather than after the lease.
    for (const row of this.queue.splice(0)) {
      this.sink.push({ row, attempt: null, kind: 'release', nextAttemptAt: new Date(dueOf(row)) });
    }
    const settled = Promise.all([...this.sending]).then(() => this.sink.drain());
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
    this.sink.stop();
  }

  /** Looks for due work now (coalesced: one look at a time, one more if woken meanwhile). */
  wake(): void {
    if (this.stopped) return;
    if (this.waking) {
      this.wakeAgain = true;
      return;
    }
    this.waking = (async () => {
      do {
        this.wakeAgain = false;
        try {
          await this.look();
        } catch (error) {
          this.logger.error({ err: error }, 'Looking for due publications failed; trying again shortly');
          this.armWake(Date.now() + 2000);
        }
      } while (this.wakeAgain && !this.stopped);
    })().finally(() => (this.waking = null));
  }

  private async look(): Promise<void> {
    await this.tokens
      .runDue(this.worker)
      .catch((error: unknown) => this.logger.warn(`Token refreshes: ${String(error)}`));
    const expired = await this.repository.takeExpired(
      this.worker,
      this.config.LEASE_SECONDS,
      this.config.DISPATCH_BATCH_SIZE,
    );
    if (expired.length > 0) this.takeOver(expired);
    for (;;) {
      const claimed = await this.repository.claimDue(
        this.worker,
        this.config.DISPATCH_LOOKAHEAD_MS,
        this.config.LEASE_SECONDS,
        this.config.DISPATCH_BATCH_SIZE,
      );
      if (claimed.length > 0) this.enqueue(claimed);
      if (claimed.length < this.config.DISPATCH_BATCH_SIZE || this.stopped) break;
    }
    await this.prefetchCredentials();
    const next = await this.repository.nextDueAt();
    if (next) this.armWake(this.nextLook(new Date(next).getTime()));
  }

  /** Credentials are fetched `CREDENTIALS_PREFETCH_MS` ahead, rows claimed `DISPATCH_LOOKAHEAD_MS` ahead. */
  private nextLook(nextDue: number): number {
    const soonest = Date.now() + MIN_RECHECK_MS;
    const prefetchAt = nextDue - this.config.CREDENTIALS_PREFETCH_MS;
    if (prefetchAt > soonest) return prefetchAt;
    return Math.max(nextDue - this.config.DISPATCH_LOOKAHEAD_MS, soonest);
  }

  /** Credentials of the accounts due soon, fetched before the claim so that sending never waits for them. */
  private async prefetchCredentials(): Promise<void> {
    if (this.config.CREDENTIALS_PREFETCH_MS === 0) return;
    const accounts = await this.repository.accountsDueWithin(this.config.CREDENTIALS_PREFETCH_MS, 5000);
    this.credentials.prefetch(
      accounts.map((row) => ({ agencyId: row.agency_id, accountId: row.account_id })),
    );
  }

  private armWake(at: number): void {
    clearTimeout(this.wakeTimer);
    this.wakeTimer = setTimeout(() => this.wake(), Math.max(0, at - Date.now()));
  }

  /** Possibly sent by a dispatcher that stopped answering: read back before anything is sent again. */
  private takeOver(rows: PublicationRow[]): void {
    this.logger.warn(`Taking over ${rows.length} publication(s) whose dispatcher stopped answering`);
    this.track(this.sender.reconcile(rows));
  }

  private enqueue(rows: PublicationRow[]): void {
    this.credentials.prefetch(rows.map((row) => ({ agencyId: row.agency_id, accountId: row.account_id })));
    this.queue.push(...rows);
    this.queue.sort((a, b) => dueOf(a) - dueOf(b));
    this.armSend();
  }

  private armSend(): void {
    if (this.queue.length === 0 || this.stopped) return;
    const at = dueOf(this.queue[0]);
    if (this.sendTimer && at >= this.sendTimerAt) return;
    clearTimeout(this.sendTimer);
    this.sendTimerAt = at;
    this.sendTimer = setTimeout(() => this.fire(), Math.max(0, at - Date.now()));
  }

  private fire(): void {
    this.sendTimer = undefined;
    this.sendTimerAt = Infinity;
    const now = Date.now();
    let count = 0;
    while (count < this.queue.length && dueOf(this.queue[count]) <= now + 1) count += 1;
    const due = this.queue.splice(0, count);
    for (let start = 0; start < due.length; start += this.config.DISPATCH_BATCH_SIZE) {
      this.track(this.sender.sendBatch(due.slice(start, start + this.config.DISPATCH_BATCH_SIZE)));
    }
    this.armSend();
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Sending a batch failed; its leases will expire and be retried'),
      )
      .finally(() => this.sending.delete(tracked));
    this.sending.add(tracked);
  }

  /** Retries and released rows change when work is due next. */
  private afterWrite(results: DispatchResult[]): void {
    if (results.some((result) => result.kind === 'retry' || result.kind === 'release')) this.wake();
  }
}
