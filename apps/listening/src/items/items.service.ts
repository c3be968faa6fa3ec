import { Injectable } from '@nestjs/common';
import { ListeningEvents, ListeningItemIngestedEvent, systemEnvelope } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { HeardItem, storableText } from './heard-item';
import { insertItems, NewItem } from './item.repository';
import { ItemPartitionsService } from './item-partitions.service';

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
 * Stores what was heard for a brand, each item once, and announces each new item
 * (`evt.listening.item.ingested.v1`) in the same transaction: an item is announced if and only if it
 * was stored, whatever the redeliveries.
 */
@Injectable()
export class ItemsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: Outbox,
    private readonly partitions: ItemPartitionsService,
  ) {}

  async ingest(
    agencyId: string,
    brandId: string,
    heard: HeardItem[],
    correlationId: string,
  ): Promise<IngestOutcome> {
    const storable = heard.filter((item) => this.partitions.storable(item.publishedAt));
    const items = storable.map((item) => newItem(brandId, item));
    const stored = await this.transactions.run(
      { agencyId, userId: null, brandIds: null },
      async (manager) => {
        const rows = await insertItems(manager, items);
        const byKey = new Map(items.map((item) => [`${item.network}:${item.externalId}`, item]));
        await this.outbox.addMany(
          manager,
          rows.map((row) => {
            const item = byKey.get(`${row.network}:${row.external_id}`) as NewItem;
            const data: ListeningItemIngestedEvent = {
              itemId: row.id,
              brandId,
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
            return {
              subject: ListeningEvents.itemIngested,
              envelope: systemEnvelope(correlationId, agencyId),
              data,
            };
          }),
        );
        return rows.length;
      },
    );
    return { stored, known: storable.length - stored, outside: heard.length - storable.length };
  }
}

function newItem(brandId: string, item: HeardItem): NewItem {
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
    text: storableText(item.text),
    language: item.language,
    sentiment: null,
    sentimentScore: null,
    tags: [],
    hasLink: item.hasLink,
    publishedAt: item.publishedAt,
  };
}
