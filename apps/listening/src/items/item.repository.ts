import { ListeningItemKind, Network, Sentiment } from '@relais/contracts';
import { EntityManager } from 'typeorm';

/** An item to store for a brand, analysed. */
export interface NewItem {
  brandId: string;
  network: Network;
  externalId: string;
  kind: ListeningItemKind;
  accountId: string | null;
  conversationKey: string;
  parentExternalId: string | null;
  url: string | null;
  authorExternalId: string;
  authorHandle: string;
  authorName: string | null;
  text: string;
  language: string | null;
  sentiment: Sentiment | null;
  sentimentScore: number | null;
  tags: string[];
  hasLink: boolean;
  publishedAt: Date;
}

/** What was stored of a batch: the items not stored before. */
export interface StoredItem {
  id: string;
  brand_id: string;
  network: Network;
  external_id: string;
  ingested_at: Date;
}

/**
 * Stores the items in one statement, each once per brand: an item already stored (a redelivery, an
 * overlapping poll, a webhook and a poll hearing the same comment) is left as it is. Resolves with
 * the items that were new.
 */
export function insertItems(manager: EntityManager, items: NewItem[]): Promise<StoredItem[]> {
  if (items.length === 0) return Promise.resolve([]);
  return manager.query<StoredItem[]>(
    `INSERT INTO listening.items (
            agency_id, brand_id, network, external_id, kind, account_id, conversation_key,
            parent_external_id, url, author_external_id, author_handle, author_name, text, language,
            sentiment, sentiment_score, tags, has_link, published_at)
     SELECT current_setting('app.agency_id')::uuid, i.brand_id, i.network, i.external_id, i.kind,
            i.account_id, i.conversation_key, i.parent_external_id, i.url, i.author_external_id,
            i.author_handle, i.author_name, i.text, i.language, i.sentiment, i.sentiment_score,
            i.tags, i.has_link, i.published_at
       FROM jsonb_to_recordset($1::jsonb) AS i(
            brand_id uuid, network text, external_id text, kind text, account_id uuid,
            conversation_key text, parent_external_id text, url text, author_external_id text,
            author_handle text, author_name text, text text, language text, sentiment text,
            sentiment_score real, tags text[], has_link boolean, published_at timestamptz)
     ON CONFLICT (brand_id, network, external_id, published_at) DO NOTHING
     RETURNING id, brand_id, network, external_id, ingested_at`,
    [
      JSON.stringify(
        items.map((item) => ({
          brand_id: item.brandId,
          network: item.network,
          external_id: item.externalId,
          kind: item.kind,
          account_id: item.accountId,
          conversation_key: item.conversationKey,
          parent_external_id: item.parentExternalId,
          url: item.url,
          author_external_id: item.authorExternalId,
          author_handle: item.authorHandle,
          author_name: item.authorName,
          text: item.text,
          language: item.language,
          sentiment: item.sentiment,
          sentiment_score: item.sentimentScore,
          tags: item.tags,
          has_link: item.hasLink,
          published_at: item.publishedAt.toISOString(),
        })),
      ),
    ],
  );
}

/** The conversation each of these stored items belongs to, by the network's id. */
export async function conversationKeysOf(
  manager: EntityManager,
  brandId: string,
  network: Network,
  externalIds: string[],
): Promise<Map<string, string>> {
  const rows = await manager.query<{ external_id: string; conversation_key: string }[]>(
    `SELECT DISTINCT ON (external_id) external_id, conversation_key FROM listening.items
      WHERE brand_id = $1 AND network = $2 AND external_id = ANY($3::text[])
      ORDER BY external_id, published_at`,
    [brandId, network, externalIds],
  );
  return new Map(rows.map((row) => [row.external_id, row.conversation_key]));
}
