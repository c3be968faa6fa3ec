import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantScope, TenantTransactions } from '@relais/server-database';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { FeedFetcher } from './feed-fetcher';
import { FeedItem, parseFeed } from './feed-items';

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
        const count = await this.saveIdeas(manager, scope.agencyId, feedId, items);
        await this.finishWith(manager, scope.agencyId, feedId, { title });
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
    return this.transactions.run(scope, async (manager) => {
      const [rows] = await manager.query<[{ url: string }[], number]>(
        `UPDATE content.feeds SET fetching_until = now() + make_interval(secs => $3::double precision / 1000)
          WHERE agency_id = $1 AND id = $2 AND (fetching_until IS NULL OR fetching_until < now())
          RETURNING url`,
        [scope.agencyId, feedId, holdMs],
      );
      return rows[0]?.url ?? null;
    });
  }

  private async saveIdeas(
    manager: EntityManager,
    agencyId: string,
    feedId: string,
    items: FeedItem[],
  ): Promise<number> {
    if (items.length === 0) return 0;
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO content.ideas (agency_id, brand_id, feed_id, item_key, title, link, summary, published_at, sort_at)
       SELECT f.agency_id, f.brand_id, f.id, i.item_key, i.title, i.link, i.summary, i.published_at,
              coalesce(least(i.published_at, now()), now())
         FROM content.feeds f,
              unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
                AS i (item_key, title, link, summary, published_at)
        WHERE f.agency_id = $1 AND f.id = $2
       ON CONFLICT (feed_id, item_key) DO NOTHING
       RETURNING id`,
      [
        agencyId,
        feedId,
        items.map((item) => item.key),
        items.map((item) => item.title),
        items.map((item) => item.link),
        items.map((item) => item.summary),
        items.map((item) => item.publishedAt?.toISOString() ?? null),
      ],
    );
    return inserted.length;
  }

  private finish(scope: TenantScope, feedId: string, outcome: { error: string }): Promise<void> {
    return this.transactions.run(scope, (manager) =>
      this.finishWith(manager, scope.agencyId, feedId, outcome),
    );
  }

  private async finishWith(
    manager: EntityManager,
    agencyId: string,
    feedId: string,
    outcome: { title: string | null } | { error: string },
  ): Promise<void> {
    if ('error' in outcome) {
      await manager.query(
        `UPDATE content.feeds SET last_fetched_at = now(), last_error = $3, last_error_at = now(), fetching_until = NULL
          WHERE agency_id = $1 AND id = $2`,
        [agencyId, feedId, outcome.error],
      );
      return;
    }
    await manager.query(
      `UPDATE content.feeds SET last_fetched_at = now(), last_error = NULL, last_error_at = NULL,
              fetching_until = NULL, title = coalesce($3, title)
        WHERE agency_id = $1 AND id = $2`,
      [agencyId, feedId, outcome.title],
    );
  }
}
