import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TenantTransactions } from '@relais/server-database';
import { LISTENING_CONFIG, ListeningConfig } from '../config';
import { CredentialsClient } from '../credentials/credentials.client';
import { ItemsService } from '../items/items.service';
import { ListenFailure } from '../networks/surface-listener';
import { SurfaceListeners } from '../networks/surface-listeners';
import { advanceCursor, ClaimedCursor, CursorRepository, recordPollFailure } from './cursor.repository';
import { retryDelayMs } from './retry-delay';

/**
 * Polls each listened account's surfaces when they are due: claims a batch of due cursors (across
 * agencies, under a lease), reads what is new from the network, and stores the items with the
 * cursor's new position in one tenant transaction, so a crash between the two re-reads a page
 * (items are stored once) and never skips one. A failure keeps the cursor and backs off; one
 * account's failure never holds another's polling.
 */
@Injectable()
export class PollerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PollerService.name);
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;

  constructor(
    private readonly cursors: CursorRepository,
    private readonly credentials: CredentialsClient,
    private readonly listeners: SurfaceListeners,
    private readonly items: ItemsService,
    private readonly transactions: TenantTransactions,
    @Inject(LISTENING_CONFIG) private readonly config: ListeningConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.POLLING_ENABLED) this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  /** Polls what is due now, once; resolves with how many surfaces were polled. */
  async pollDue(): Promise<number> {
    const claimed = await this.cursors.claimDue(
      this.config.WORKER_ID,
      this.config.POLL_LEASE_SECONDS,
      this.config.POLL_BATCH_SIZE,
    );
    const queue = [...claimed];
    const workers = Array.from({ length: Math.min(this.config.POLL_CONCURRENCY, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await this.poll(next);
    });
    await Promise.all(workers);
    return claimed.length;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      let polled = 0;
      try {
        polled = await this.pollDue();
      } catch (error) {
        this.logger.error(`Polling failed: ${String(error)}`);
      }
      // A full batch: more may be due at once; otherwise wait for the next tick.
      if (polled < this.config.POLL_BATCH_SIZE) await this.pause(this.config.POLL_TICK_MS);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.stopping.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private async poll(claimed: ClaimedCursor): Promise<void> {
    const key = { accountId: claimed.account_id, surface: claimed.surface, worker: this.config.WORKER_ID };
    const scope = { agencyId: claimed.agency_id, userId: null, brandIds: null };
    try {
      const account = await this.credentials.get(claimed.agency_id, claimed.account_id);
      const result = await this.listeners.of(claimed.network).listen({
        account,
        surface: claimed.surface,
        cursor: claimed.cursor,
        maxPages: this.config.POLL_MAX_PAGES,
        signal: this.stopping.signal,
      });
      await this.transactions.run(scope, async (manager) => {
        await this.items.store(manager, claimed.agency_id, claimed.brand_id, result.items, randomUUID());
        await advanceCursor(manager, key, result.cursor, this.config.POLL_INTERVAL_MS);
      });
    } catch (error) {
      if (error instanceof ListenFailure && error.kind === 'auth')
        this.credentials.forget(claimed.account_id);
      const message = error instanceof Error ? error.message : String(error);
      const delay = retryDelayMs(error, claimed.failures + 1, this.config);
      this.logger.warn(
        `Polling ${claimed.network} ${claimed.surface} of account ${claimed.account_id} failed: ${message}`,
      );
      await this.transactions
        .run(scope, (manager) => recordPollFailure(manager, key, message, delay))
        .catch((recordError: unknown) =>
          this.logger.error(`Could not record a failed poll: ${String(recordError)}`),
        );
    }
  }
}
