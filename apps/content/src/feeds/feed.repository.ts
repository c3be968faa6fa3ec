import { EntityManager } from 'typeorm';
import { FeedItem } from './feed-items';

/** A feed as its view needs it, with the count of its new ideas. */
export interface FeedRow {
  id: string;
  brand_id: string;
  url: string;
  title: string | null;
  last_fetched_at: Date | null;
  last_error: string | null;
  last_error_at: Date | null;
  created_at: Date;
  new_idea_count: number;
}

/** A feed due to be read, found by the `content.due_feeds` function across tenants. */
export interface DueFeed {
  agency_id: string;
  brand_id: string;
  feed_id: string;
}

const FEED_SELECT = `
  SELECT f.id, f.brand_id, f.url, f.title, f.last_fetched_at, f.last_error, f.last_error_at, f.created_at,
         (SELECT count(*)::int FROM content.ideas i WHERE i.feed_id = f.id AND i.status = 'new') AS new_idea_count
    FROM content.feeds f`;

export async function findFeed(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<FeedRow | null> {
  const [row] = await manager.query<FeedRow[]>(`${FEED_SELECT} WHERE f.agency_id = $1 AND f.id = $2`, [
    agencyId,
    id,
  ]);
  return row ?? null;
}

/** A brand's feeds, oldest first. */
export function brandFeeds(manager: EntityManager, agencyId: string, brandId: string): Promise<FeedRow[]> {
  return manager.query<FeedRow[]>(
    `${FEED_SELECT} WHERE f.agency_id = $1 AND f.brand_id = $2 ORDER BY f.created_at, f.id`,
    [agencyId, brandId],
  );
}

export async function countBrandFeeds(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM content.feeds WHERE agency_id = $1 AND brand_id = $2`,
    [agencyId, brandId],
  );
  return count;
}

/** Saves a new feed and answers its id; a URL the brand already follows breaks `feeds_brand_url_key`. */
export async function insertFeed(
  manager: EntityManager,
  feed: { agencyId: string; brandId: string; url: string; createdBy: string | null },
): Promise<string> {
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO content.feeds (agency_id, brand_id, url, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [feed.agencyId, feed.brandId, feed.url, feed.createdBy],
  );
  return row.id;
}

/** Deletes a feed (its ideas go with it); whether there was one. */
export async function deleteFeed(manager: EntityManager, agencyId: string, id: string): Promise<boolean> {
  const [, count] = await manager.query<[unknown[], number]>(
    `DELETE FROM content.feeds WHERE agency_id = $1 AND id = $2`,
    [agencyId, id],
  );
  return count > 0;
}

/** Takes the feed's lease for `holdMs` unless another holds it; the feed's URL if taken. */
export async function leaseFeed(
  manager: EntityManager,
  agencyId: string,
  feedId: string,
  holdMs: number,
): Promise<string | null> {
  const [rows] = await manager.query<[{ url: string }[], number]>(
    `UPDATE content.feeds SET fetching_until = now() + make_interval(secs => $3::double precision / 1000)
      WHERE agency_id = $1 AND id = $2 AND (fetching_until IS NULL OR fetching_until < now())
      RETURNING url`,
    [agencyId, feedId, holdMs],
  );
  return rows[0]?.url ?? null;
}

/** Saves the items the feed has not brought before as new ideas; how many were new. */
export async function insertIdeas(
  manager: EntityManager,
  agencyId: string,
  feedId: string,
  items: readonly FeedItem[],
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

/** Records the end of a read and releases the lease: its error, or its title (kept when absent). */
export async function finishFeedRead(
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

/** Up to `limit` feeds of every tenant due to be read, through the narrow `SECURITY DEFINER` function. */
export function dueFeeds(manager: EntityManager, pollSeconds: number, limit: number): Promise<DueFeed[]> {
  return manager.query<DueFeed[]>(`SELECT agency_id, brand_id, feed_id FROM content.due_feeds($1, $2)`, [
    pollSeconds,
    limit,
  ]);
}
