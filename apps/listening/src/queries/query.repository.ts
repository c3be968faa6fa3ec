import { ListeningItemKind, Network, Sentiment } from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { ListeningQueryErrorReason, ListeningQueryException } from './query.exception';

/** The unique index of names per brand among queries not deleted (ignoring case). */
export const QUERY_NAME_KEY = 'queries_brand_name_key';

export interface QueryRow {
  id: string;
  brand_id: string;
  name: string;
  source: string;
  enabled: boolean;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

const QUERY_COLUMNS = `id, brand_id, name, source, enabled, created_by, created_at, updated_at`;

/** The agency's query (not deleted, of a brand in scope), or NOT_FOUND "Listening query not found". */
export async function findVisibleQuery(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<QueryRow> {
  const rows = await manager.query<QueryRow[]>(
    `SELECT ${QUERY_COLUMNS} FROM listening.queries
      WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`,
    [agencyId, id],
  );
  const row = rows[0];
  if (!row) throw new ListeningQueryException(ListeningQueryErrorReason.NotFound);
  return row;
}

/** The brand's queries not deleted, by name. */
export function brandQueries(manager: EntityManager, agencyId: string, brandId: string): Promise<QueryRow[]> {
  return manager.query<QueryRow[]>(
    `SELECT ${QUERY_COLUMNS} FROM listening.queries
      WHERE agency_id = $1 AND brand_id = $2 AND deleted_at IS NULL
      ORDER BY lower(name), id`,
    [agencyId, brandId],
  );
}

/** The brand's enabled queries, for matching. */
export function enabledQueries(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<Pick<QueryRow, 'id' | 'source'>[]> {
  return manager.query<Pick<QueryRow, 'id' | 'source'>[]>(
    `SELECT id, source FROM listening.queries
      WHERE agency_id = $1 AND brand_id = $2 AND enabled AND deleted_at IS NULL`,
    [agencyId, brandId],
  );
}

/**
 * How many queries the brand has (not deleted), counted under a lock of the brand's queries held to
 * the end of the transaction, so that two creations at once cannot both pass the limit.
 */
export async function countBrandQueriesLocked(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<number> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('listening.queries:' || $1, 0))`, [
    brandId,
  ]);
  const rows = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM listening.queries
      WHERE agency_id = $1 AND brand_id = $2 AND deleted_at IS NULL`,
    [agencyId, brandId],
  );
  return rows[0]?.n ?? 0;
}

export interface NewQuery {
  brandId: string;
  name: string;
  source: string;
  enabled: boolean;
  createdBy: string | null;
}

export async function insertQuery(manager: EntityManager, query: NewQuery): Promise<QueryRow> {
  const rows = await manager.query<QueryRow[]>(
    `INSERT INTO listening.queries (agency_id, brand_id, name, source, enabled, created_by)
     VALUES (current_setting('app.agency_id')::uuid, $1, $2, $3, $4, $5)
     RETURNING ${QUERY_COLUMNS}`,
    [query.brandId, query.name, query.source, query.enabled, query.createdBy],
  );
  const row = rows[0];
  if (!row) throw new Error('The inserted query was not returned');
  return row;
}

export interface QueryChanges {
  name?: string;
  source?: string;
  enabled?: boolean;
}

/** Applies the changes given (an absent one keeps the value) and resolves with the query as it is now. */
export async function updateQuery(
  manager: EntityManager,
  agencyId: string,
  id: string,
  changes: QueryChanges,
): Promise<QueryRow> {
  const rows = await manager.query<[QueryRow[], number]>(
    `UPDATE listening.queries
        SET name = coalesce($3, name), source = coalesce($4, source),
            enabled = coalesce($5, enabled), updated_at = now()
      WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL
      RETURNING ${QUERY_COLUMNS}`,
    [agencyId, id, changes.name ?? null, changes.source ?? null, changes.enabled ?? null],
  );
  const row = rows[0][0];
  if (!row) throw new ListeningQueryException(ListeningQueryErrorReason.NotFound);
  return row;
}

/** Marks the query deleted (its matches stay, for history); its name is free again. */
export async function softDeleteQuery(manager: EntityManager, agencyId: string, id: string): Promise<void> {
  await manager.query(
    `UPDATE listening.queries SET deleted_at = now(), enabled = false, updated_at = now()
      WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`,
    [agencyId, id],
  );
}

/** A stored item matched by a query. */
export interface ItemMatch {
  itemId: string;
  itemPublishedAt: Date;
  queryId: string;
}

/** Records the matches of the brand's new items (each once, whatever the redeliveries). */
export async function insertItemMatches(
  manager: EntityManager,
  brandId: string,
  matches: ItemMatch[],
): Promise<void> {
  if (matches.length === 0) return;
  await manager.query(
    `INSERT INTO listening.item_matches (agency_id, brand_id, item_id, item_published_at, query_id)
     SELECT current_setting('app.agency_id')::uuid, $1, m.item_id, m.item_published_at, m.query_id
       FROM jsonb_to_recordset($2::jsonb) AS m(item_id uuid, item_published_at timestamptz, query_id uuid)
     ON CONFLICT (item_id, query_id) DO NOTHING`,
    [
      brandId,
      JSON.stringify(
        matches.map((match) => ({
          item_id: match.itemId,
          item_published_at: match.itemPublishedAt.toISOString(),
          query_id: match.queryId,
        })),
      ),
    ],
  );
}

export interface PreviewItemRow {
  id: string;
  network: Network;
  kind: ListeningItemKind;
  author_handle: string;
  author_name: string | null;
  text: string;
  url: string | null;
  language: string | null;
  sentiment: Sentiment | null;
  published_at: Date;
}

/** A back-search condition over `listening.items` aliased `i`, its parameters numbered from `$4`. */
export interface ItemCondition {
  sql: string;
  params: unknown[];
}

/** First parameter number a preview's condition may use (`$1`–`$3` are the agency, brand and start). */
export const PREVIEW_FIRST_PARAM = 4;

/** How many of the brand's items published since `since` meet the condition, and the newest `limit`. */
export async function previewItems(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  since: Date,
  condition: ItemCondition,
  limit: number,
): Promise<{ total: number; examples: PreviewItemRow[] }> {
  const where = `i.agency_id = $1 AND i.brand_id = $2 AND i.published_at >= $3 AND ${condition.sql}`;
  const params = [agencyId, brandId, since.toISOString(), ...condition.params];
  const counted = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM listening.items i WHERE ${where}`,
    params,
  );
  const examples = await manager.query<PreviewItemRow[]>(
    `SELECT i.id, i.network, i.kind, i.author_handle, i.author_name, i.text, i.url, i.language,
            i.sentiment, i.published_at
       FROM listening.items i WHERE ${where}
      ORDER BY i.published_at DESC, i.id
      LIMIT ${Math.max(0, Math.trunc(limit))}`,
    params,
  );
  return { total: counted[0]?.n ?? 0, examples };
}
