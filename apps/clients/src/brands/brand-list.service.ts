import { Injectable } from '@nestjs/common';
import { BrandView, ListBrandsPayload, Page } from '@relais/contracts';
import {
  Actor,
  containsPattern,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { Permission } from '../memberships/role-rules';
import { authorize } from '../core/actor';
import { BrandEntity } from './brand.entity';
import { BRAND_COLUMNS, toBrandView } from './brand.view';

type BrandRow = BrandEntity & { sortName: string };

/** Brands the actor may see (row-level security applies the brand scope), by name. */
@Injectable()
export class BrandListService {
  constructor(private readonly transactions: TenantTransactions) {}

  async list(actor: Actor, payload: ListBrandsPayload): Promise<Page<BrandView>> {
    authorize(actor, Permission.ReadBrands);
    const first = pageSize(payload);
    const [afterName, afterId] = payload.after ? decodeCursor(payload.after, 2) : [null, null];
    const search = payload.search?.trim() ? containsPattern(payload.search.trim()) : null;
    const filters = [actor.agencyId, payload.includeArchived ?? false, search];
    const where = `b.agency_id = $1
      AND ($2::boolean OR b.archived_at IS NULL)
      AND ($3::text IS NULL OR b.name ILIKE $3 OR b.slug ILIKE $3)`;

    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await manager.query<BrandRow[]>(
        `SELECT ${BRAND_COLUMNS}, lower(b.name) AS "sortName"
           FROM clients.brands b
          WHERE ${where}
            AND ($4::text IS NULL OR (lower(b.name), b.id) > ($4::text, $5::uuid))
          ORDER BY lower(b.name), b.id
          LIMIT $6`,
        [...filters, afterName, afterId, first + 1],
      );
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM clients.brands b WHERE ${where}`,
        filters,
      );
      const page = pageOf(rows, first, (row) => encodeCursor([row.sortName, row.id]), count);
      return { ...page, items: page.items.map(toBrandView) };
    });
  }
}
