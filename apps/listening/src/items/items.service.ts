import { Injectable } from '@nestjs/common';
import { ListeningEvents, ListeningItemIngestedEvent, systemEnvelope } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { Outbox, OutboxEvent } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { HeardItem, storableText } from './heard-item';
import { itemInsight } from './item-insight';
import { conversationKeysOf, insertItems, NewItem, StoredItem } from './item.repository';
import { ItemPartitionsService } from './item-partitions.service';
import { StoredItemToMatch } from '../queries/item-matching';
import { QueryMatchingService } from '../queries/query-matching.service';

/** What a batch of heard items became. */
export interface IngestOutcome {
  /** Items stored now. */
  stored: number;
  /** Items stored before (redelivered, heard twice). */
  known: number;
  /** Items older than any agency keeps (or dated too far ahead): not stored. */
  outside: number;
}

/**
 * Stores what was heard for a brand, each item once, records which of the brand's enabled queries
 * each new item matches, and announces each new item (`evt.listening.item.ingested.v1`), all in the
 * same transaction: an item is matched and announced if and only if it was stored, whatever the
 * redeliveries.
 */
@Injectable()
export class ItemsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: Outbox,
    private readonly partitions: ItemPartitionsService,
    private readonly matching: QueryMatchingService,
  ) {}

  /** Stores the items in a transaction of their own. */
  ingest(
    agencyId: string,
    brandId: string,
    heard: HeardItem[],
    correlationId: string,
  ): Promise<IngestOutcome> {
    return this.transactions.run({ agencyId, userId: null, brandIds: null }, (manager) =>
      this.store(manager, agencyId, brandId, heard, correlationId),
    );
  }

  /**
   * Stores the items (oldest first) in the caller's tenant transaction. A reply joins the conversation
   * of the item it answers when that item is known (stored before, or earlier in the batch).
   */
  async store(
    manager: EntityManager,
    agencyId: string,
    brandId: string,
    heard: HeardItem[],
    correlationId: string,
  ): Promise<IngestOutcome> {
    const storable = heard.filter((item) => this.partitions.storable(item.publishedAt));
    const items = await this.inConversations(
      manager,
      brandId,
      storable.map((item) => newItem(brandId, item)),
    );
    const rows = await insertItems(manager, items);
    const byKey = new Map(items.map((item) => [`${item.network}:${item.externalId}`, item]));
    await this.matching.matchStored(
      manager,
      agencyId,
      brandId,
      rows.flatMap((row) => {
        const item = byKey.get(`${row.network}:${row.external_id}`);
        return item ? [toMatch(row, item)] : [];
      }),
    );
    await this.outbox.addMany(
      manager,
      rows.flatMap((row) => {
        const item = byKey.get(`${row.network}:${row.external_id}`);
        return item ? [ingestedEvent(agencyId, row, item, correlationId)] : [];
      }),
    );
    return {
      stored: rows.length,
      known: storable.length - rows.length,
      outside: heard.length - storable.length,
    };
  }

  private async inConversations(
    manager: EntityManager,
    brandId: string,
    items: NewItem[],
  ): Promise<NewItem[]> {
    const replies = items.filter((item) => item.parentExternalId !== null);
    if (replies.length === 0) return items;
    const keys = new Map<string, string>();
    for (const network of new Set(replies.map((item) => item.network))) {
      const parents = replies.flatMap((item) =>
        item.network === network && item.parentExternalId ? [item.parentExternalId] : [],
      );
      const known = await conversationKeysOf(manager, brandId, network, parents);
      for (const [externalId, key] of known) keys.set(`${network}:${externalId}`, key);
    }
    return items.map((item) => {
      const key = item.parentExternalId ? keys.get(`${item.network}:${item.parentExternalId}`) : undefined;
      const placed = key ? { ...item, conversationKey: key } : item;
      keys.set(`${item.network}:${item.externalId}`, placed.conversationKey);
      return placed;
    });
  }
}

function ingestedEvent(agencyId: string, row: StoredItem, item: NewItem, correlationId: string): OutboxEvent {
  const data: ListeningItemIngestedEvent = {
    itemId: row.id,
    brandId: item.brandId,
    network: item.network,
    kind: item.kind,
    accountId: item.accountId,
    conversationKey: item.conversationKey,
    language: item.language,
    sentiment: item.sentiment,
    tags: item.tags,
    publishedAt: item.publishedAt.toISOString(),
    ingestedAt: new Date(row.ingested_at).toISOString(),
  };
  return { subject: ListeningEvents.itemIngested, envelope: systemEnvelope(correlationId, agencyId), data };
}

function newItem(brandId: string, item: HeardItem): NewItem {
  const text = storableText(item.text);
  const insight = itemInsight(text, item.language);
  return {
    brandId,
    network: item.network,
    externalId: item.externalId,
    kind: item.kind,
    accountId: item.accountId,
    conversationKey: item.conversationKey,
    parentExternalId: item.parentExternalId,
    url: item.url,
    authorExternalId: item.author.externalId,
    authorHandle: storableText(item.author.handle, 200),
    authorName: item.author.name === null ? null : storableText(item.author.name, 200),
    text,
    ...insight,
    hasLink: item.hasLink,
    publishedAt: item.publishedAt,
  };
}

function toMatch(row: StoredItem, item: NewItem): StoredItemToMatch {
  return {
    id: row.id,
    publishedAt: item.publishedAt,
    text: item.text,
    language: item.language,
    network: item.network,
    kind: item.kind,
    authorHandle: item.authorHandle,
    authorName: item.authorName,
    hasLink: item.hasLink,
  };
}
