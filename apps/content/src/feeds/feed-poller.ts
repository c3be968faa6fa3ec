import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { TenantTransactions } from '@relais/server-database';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { FeedReader } from './feed-reader';
import { dueFeeds } from './feed.repository';

/** Feeds read per pass; the others are due at the next pass. */
const FEEDS_PER_PASS = 200;
/** Feeds read at the same time. */
const CONCURRENCY = 4;

export interface FeedPollResult {
  read: number;
  failed: number;
  added: number;
}

/**
 * Reads every feed that was not read for `FEED_POLL_SECONDS`, across agencies. Due feeds are found
 * through a narrow SECURITY DEFINER function (ids only); each is then read in a transaction of its own
 * tenant, limited to its brand. A broken feed only records its error: the others go on.
 */
@Injectable()
export class FeedPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FeedPoller.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    private readonly transactions: TenantTransactions,
    private readonly reader: FeedReader,
  ) {}

  onApplicationBootstrap(): void {
    // Checks for due feeds a few times per poll period, so a new replica or a failed pass catches up soon.
    const everyMs = Math.max(5, Math.floor(this.config.FEED_POLL_SECONDS / 4)) * 1000;
    this.timer = setInterval(() => this.tick(), everyMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async runOnce(): Promise<FeedPollResult> {
    const due = await this.transactions.runSystem((manager) =>
      dueFeeds(manager, this.config.FEED_POLL_SECONDS, FEEDS_PER_PASS),
    );
    const result: FeedPollResult = { read: 0, failed: 0, added: 0 };
    const queue = [...due];
    const worker = async () => {
      for (let feed = queue.shift(); feed; feed = queue.shift()) {
        const scope = { agencyId: feed.agency_id, userId: null, brandIds: [feed.brand_id] };
        try {
          const outcome = await this.reader.read(scope, feed.feed_id);
          if (outcome.kind === 'read') {
            result.read += 1;
            result.added += outcome.added;
          } else if (outcome.kind === 'failed') {
            result.failed += 1;
          }
        } catch (error) {
          result.failed += 1;
          this.logger.warn({ feedId: feed.feed_id, err: error }, 'Feed read failed');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return result;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Feed poll failed'))
      .finally(() => (this.running = undefined));
  }
}
