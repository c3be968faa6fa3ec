import { MatchableItem, parseQuery, prepareItem, QueryIndex } from '@relais/listening-query';
import { ItemMatch } from './query.repository';

/** A newly stored item, as matching needs it. */
export interface StoredItemToMatch extends MatchableItem {
  id: string;
  publishedAt: Date;
  hasLink: boolean;
}

/**
 * The stream matcher of a brand's enabled queries. A stored source that no longer reads (the language
 * changed under it) is left out and named in `unreadable`, never fails the ingest.
 */
export function buildQueryIndex(queries: { id: string; source: string }[]): {
  index: QueryIndex;
  unreadable: string[];
} {
  const index = new QueryIndex();
  const unreadable: string[] = [];
  for (const { id, source } of queries) {
    const parsed = parseQuery(source);
    if (parsed.ok) index.set(id, parsed.query);
    else unreadable.push(id);
  }
  return { index, unreadable };
}

/** Each (item, query) pair where the query matches the item. */
export function matchItems(index: QueryIndex, items: StoredItemToMatch[]): ItemMatch[] {
  if (index.size === 0) return [];
  return items.flatMap((item) =>
    index
      .match(prepareItem(item))
      .map((queryId) => ({ itemId: item.id, itemPublishedAt: item.publishedAt, queryId })),
  );
}
