import { FeedView } from '@relais/contracts';
import { isoOrNull } from '@relais/server-database';
import { FeedRow } from './feed.repository';

export function toFeedView(row: FeedRow): FeedView {
  return {
    id: row.id,
    brandId: row.brand_id,
    url: row.url,
    title: row.title,
    lastFetchedAt: isoOrNull(row.last_fetched_at),
    lastError: row.last_error,
    lastErrorAt: isoOrNull(row.last_error_at),
    newIdeaCount: row.new_idea_count,
    createdAt: row.created_at.toISOString(),
  };
}
