import { Inject, Injectable, Logger } from '@nestjs/common';
import { TenantScope, TenantTransactions } from '@relais/server-database';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { FeedFetcher } from './feed-fetcher';
import { FeedItem, parseFeed } from './feed-items';
import { finishFeedRead, insertIdeas, leaseFeed } from './feed.repository';

const MAX_ERROR = 500;

export type FeedReadOutcome =
  /** Read; `added` new ideas. */
  | { kind: 'read'; added: number }
  /** Could not be read; the reason is stored on the feed. */
  | { kind: 'failed'; error: string }
  /** Another replica is reading it right now, or it is gone. */
  | { kind: 'skipped' };

/**
 * Reads one feed and turns its new items into ideas. The feed is leased first (`fetching_until`), so
 * that two replicas never read it at once; the HTTP request runs outside any transaction; the ideas
 * and the feed's status are then saved together. Any failure ends up in `last_error`, never thrown.
 */
@Injectable()
export class FeedReader {
  private readonly logger = new Logger(FeedReader.name);

  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    private readonly transactions: TenantTransactions,
    private readonly fetcher: FeedFetcher,
  ) {}

  async read(scope: TenantScope, feedId: string): Promise<FeedReadOutcome> {
    const url = await this.lease(scope, feedId);
    if (!url) return { kind: 'skipped' };
    let items: FeedItem[];
    let title: string | null;
    try {
      const parsed = await parseFeed(await this.fetcher.fetch(url));
      items = parsed.items;
      title = parsed.title;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR);
      await this.finish(scope, feedId, { error: message });
      this.logger.log({ feedId, agencyId: scope.agencyId }, `Feed could not be read: ${message}`);
      return { kind: 'failed', error: message };
    }
    try {
      const added = await this.transactions.run(scope, async (manager) => {
        const count = await insertIdeas(manager, scope.agencyId, feedId, items);
        await finishFeedRead(manager, scope.agencyId, feedId, { title });
        return count;
      });
      return { kind: 'read', added };
    } catch (error) {
      // The feed may have been removed while it was read; anything else is recorded like a read error.
      const message = `The feed’s items could not be saved (${error instanceof Error ? error.message : String(error)})`;
      await this.finish(scope, feedId, { error: message.slice(0, MAX_ERROR) });
      return { kind: 'failed', error: message };
    }
  }

  /** The feed's URL if this replica now holds its lease. */
  private async lease(scope: TenantScope, feedId: string): Promise<string | null> {
    const holdMs = this.config.FEED_TIMEOUT_MS * 3;
    return this.transactions.run(scope, (manager) => leaseFeed(manager, scope.agencyId, feedId, holdMs));
  }

  private finish(scope: TenantScope, feedId: string, outcome: { error: string }): Promise<void> {
    return this.transactions.run(scope, (manager) =>
      finishFeedRead(manager, scope.agencyId, feedId, outcome),
    );
  }
}
