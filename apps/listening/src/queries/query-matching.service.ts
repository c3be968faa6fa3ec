import { Injectable, Logger } from '@nestjs/common';
import { QueryIndex } from '@relais/listening-query';
import { EntityManager } from 'typeorm';
import { buildQueryIndex, matchItems, StoredItemToMatch } from './item-matching';
import { enabledQueries, insertItemMatches } from './query.repository';

/** How long a brand's index is trusted before it is read again (queries changed by another replica). */
export const QUERY_INDEX_TTL_MS = 30_000;
/** Brands' indexes kept at most; the oldest go first. */
const MAX_CACHED_BRANDS = 2_000;

interface CachedIndex {
  index: QueryIndex;
  loadedAt: number;
}

/**
 * Matches each newly stored item against its brand's enabled queries and records the matches in the
 * storing transaction. Each brand's queries are kept as a `QueryIndex`: forgotten at once when this
 * process changes them, read again after `QUERY_INDEX_TTL_MS` for changes made by other replicas.
 */
@Injectable()
export class QueryMatchingService {
  private readonly logger = new Logger(QueryMatchingService.name);
  private readonly indexes = new Map<string, CachedIndex>();
  /** Bumped by `forget`: an index read before the change is never kept. */
  private readonly generations = new Map<string, number>();

  /** Records which of the brand's enabled queries each item matches; resolves with how many matches. */
  async matchStored(
    manager: EntityManager,
    agencyId: string,
    brandId: string,
    items: StoredItemToMatch[],
  ): Promise<number> {
    if (items.length === 0) return 0;
    const index = await this.indexOf(manager, agencyId, brandId);
    const matches = matchItems(index, items);
    await insertItemMatches(manager, brandId, matches);
    return matches.length;
  }

  /** The brand's queries changed: the next item reads them again. */
  forget(agencyId: string, brandId: string): void {
    const key = `${agencyId}:${brandId}`;
    this.indexes.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  private async indexOf(manager: EntityManager, agencyId: string, brandId: string): Promise<QueryIndex> {
    const key = `${agencyId}:${brandId}`;
    const now = Date.now();
    const cached = this.indexes.get(key);
    if (cached && now - cached.loadedAt < QUERY_INDEX_TTL_MS) return cached.index;
    const generation = this.generations.get(key) ?? 0;
    const { index, unreadable } = buildQueryIndex(await enabledQueries(manager, agencyId, brandId));
    if (unreadable.length > 0) {
      this.logger.warn(`Listening queries left out of matching, unreadable: ${unreadable.join(', ')}`);
    }
    if ((this.generations.get(key) ?? 0) === generation) {
      this.indexes.delete(key);
      this.indexes.set(key, { index, loadedAt: now });
      this.evict();
    }
    return index;
  }

  private evict(): void {
    for (const key of this.indexes.keys()) {
      if (this.indexes.size <= MAX_CACHED_BRANDS) break;
      this.indexes.delete(key);
    }
  }
}
