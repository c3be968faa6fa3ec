import { Injectable } from '@nestjs/common';
import {
  CreateListeningQueryPayload,
  LISTENING_PREVIEW_DAYS,
  LISTENING_PREVIEW_EXAMPLES,
  ListeningQueryIdPayload,
  ListeningQueryPreview,
  ListeningQueryView,
  ListListeningQueriesPayload,
  MAX_LISTENING_QUERIES_PER_BRAND,
  PreviewListeningQueryPayload,
  UpdateListeningQueryPayload,
} from '@relais/contracts';
import { listeningColumns, parseQuery, toSqlCondition } from '@relais/listening-query';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from './brands.client';
import { ListeningPermission, authorize } from './query-permissions';
import { QueryMatchingService } from './query-matching.service';
import { queryErrorView, readQuerySource } from './query-source';
import { ListeningQueryErrorReason, ListeningQueryException } from './query.exception';
import {
  brandQueries,
  countBrandQueriesLocked,
  findVisibleQuery,
  insertQuery,
  PREVIEW_FIRST_PARAM,
  previewItems,
  QUERY_NAME_KEY,
  softDeleteQuery,
  updateQuery,
} from './query.repository';
import { toItemView, toQueryView } from './query.view';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A brand's listening queries: anyone who sees the brand reads them and previews a query; agency
 * staff who write (owner, admin, account manager, community manager) create, change and delete them.
 * At most `MAX_LISTENING_QUERIES_PER_BRAND` per brand, names unique per brand ignoring case. Every
 * change reaches the matching of new items at once in this process.
 */
@Injectable()
export class QueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly matching: QueryMatchingService,
  ) {}

  async list(actor: Actor, payload: ListListeningQueriesPayload): Promise<ListeningQueryView[]> {
    await this.brands.brand(actor, payload.brandId);
    authorize(actor, ListeningPermission.Read);
    const rows = await this.transactions.run(actor.scope, (manager) =>
      brandQueries(manager, actor.agencyId, payload.brandId),
    );
    return rows.map(toQueryView);
  }

  async get(actor: Actor, payload: ListeningQueryIdPayload): Promise<ListeningQueryView> {
    authorize(actor, ListeningPermission.Read);
    const row = await this.transactions.run(actor.scope, (manager) =>
      findVisibleQuery(manager, actor.agencyId, payload.id),
    );
    return toQueryView(row);
  }

  async create(actor: Actor, payload: CreateListeningQueryPayload): Promise<ListeningQueryView> {
    await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ListeningPermission.ManageQueries);
    readQuerySource(payload.source);
    const row = await this.named(() =>
      this.transactions.run(actor.scope, async (manager) => {
        const count = await countBrandQueriesLocked(manager, actor.agencyId, payload.brandId);
        if (count >= MAX_LISTENING_QUERIES_PER_BRAND) {
          throw new ListeningQueryException(ListeningQueryErrorReason.TooMany);
        }
        return insertQuery(manager, {
          brandId: payload.brandId,
          name: payload.name.trim(),
          source: payload.source,
          enabled: payload.enabled ?? true,
          createdBy: actor.userId,
        });
      }),
    );
    this.matching.forget(actor.agencyId, row.brand_id);
    return toQueryView(row);
  }

  async update(actor: Actor, payload: UpdateListeningQueryPayload): Promise<ListeningQueryView> {
    const row = await this.named(() =>
      this.transactions.run(actor.scope, async (manager) => {
        await findVisibleQuery(manager, actor.agencyId, payload.id);
        authorize(actor, ListeningPermission.ManageQueries);
        if (payload.source !== undefined) readQuerySource(payload.source);
        return updateQuery(manager, actor.agencyId, payload.id, {
          ...(payload.name !== undefined ? { name: payload.name.trim() } : {}),
          ...(payload.source !== undefined ? { source: payload.source } : {}),
          ...(payload.enabled !== undefined ? { enabled: payload.enabled } : {}),
        });
      }),
    );
    this.matching.forget(actor.agencyId, row.brand_id);
    return toQueryView(row);
  }

  /** Deletes the query; resolves with its id. Items it matched keep their matches. */
  async delete(actor: Actor, payload: ListeningQueryIdPayload): Promise<string> {
    const row = await this.transactions.run(actor.scope, async (manager) => {
      const found = await findVisibleQuery(manager, actor.agencyId, payload.id);
      authorize(actor, ListeningPermission.ManageQueries);
      await softDeleteQuery(manager, actor.agencyId, payload.id);
      return found;
    });
    this.matching.forget(actor.agencyId, row.brand_id);
    return row.id;
  }

  /**
   * What the query finds among the brand's items of the last `LISTENING_PREVIEW_DAYS` days (how many,
   * and the newest few), or where it cannot be read: a query being typed is not an error of the call.
   */
  async preview(actor: Actor, payload: PreviewListeningQueryPayload): Promise<ListeningQueryPreview> {
    await this.brands.brand(actor, payload.brandId);
    authorize(actor, ListeningPermission.Read);
    const parsed = parseQuery(payload.source);
    if (!parsed.ok) return { ok: false, error: queryErrorView(parsed.error) };
    const since = new Date(Date.now() - LISTENING_PREVIEW_DAYS * DAY_MS);
    const condition = toSqlCondition(parsed.query, listeningColumns('i'), PREVIEW_FIRST_PARAM);
    const found = await this.transactions.run(actor.scope, (manager) =>
      previewItems(manager, actor.agencyId, payload.brandId, since, condition, LISTENING_PREVIEW_EXAMPLES),
    );
    return {
      ok: true,
      total: found.total,
      since: since.toISOString(),
      examples: found.examples.map(toItemView),
    };
  }

  /** Runs a write, turning a second query of that name in the brand into CONFLICT on `name`. */
  private async named<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, QUERY_NAME_KEY)) {
        throw new ListeningQueryException(ListeningQueryErrorReason.NameTaken);
      }
      throw error;
    }
  }
}
