import { EntityManager, In } from 'typeorm';
import { CreateBrandPayload } from '@relais/contracts';
import { badInput, notFound } from '@relais/server-errors';
import { BrandEntity } from './brand.entity';

/** Brand columns under the entity's property names, for hand-written queries. */
const BRAND_COLUMNS = `b.id, b.agency_id AS "agencyId", b.name, b.slug, b.timezone,
  b.default_language AS "defaultLanguage", b.target_markets AS "targetMarkets", b.guidelines,
  b.archived_at AS "archivedAt", b.idempotency_key AS "idempotencyKey", b.created_at AS "createdAt",
  b.updated_at AS "updatedAt"`;

const LIST_WHERE = `b.agency_id = $1
  AND ($2::boolean OR b.archived_at IS NULL)
  AND ($3::text IS NULL OR b.name ILIKE $3 OR b.slug ILIKE $3)`;

export type BrandRow = BrandEntity & { sortName: string };

export interface BrandFilter {
  includeArchived: boolean;
  /** An ILIKE pattern on the name or the slug. */
  search: string | null;
}

/** A brand visible to the transaction's scope (agency and brand scope), or NOT_FOUND. */
export async function findVisibleBrand(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<BrandEntity> {
  const brand = await manager.findOneBy(BrandEntity, { id, agencyId });
  if (!brand) throw notFound('brand');
  return brand;
}

export function findBrand(manager: EntityManager, id: string): Promise<BrandEntity> {
  return manager.findOneByOrFail(BrandEntity, { id });
}

export function findBrandByIdempotencyKey(
  manager: EntityManager,
  agencyId: string,
  idempotencyKey: string,
): Promise<BrandEntity | null> {
  return manager.findOneBy(BrandEntity, { agencyId, idempotencyKey });
}

/**
 * The brands row-level security lets the transaction see (it applies the brand scope), by name then
 * id, after the cursor.
 */
export function findBrands(
  manager: EntityManager,
  agencyId: string,
  filter: BrandFilter,
  after: [string, string] | null,
  limit: number,
): Promise<BrandRow[]> {
  return manager.query<BrandRow[]>(
    `SELECT ${BRAND_COLUMNS}, lower(b.name) AS "sortName"
       FROM clients.brands b
      WHERE ${LIST_WHERE}
        AND ($4::text IS NULL OR (lower(b.name), b.id) > ($4::text, $5::uuid))
      ORDER BY lower(b.name), b.id
      LIMIT $6`,
    [agencyId, filter.includeArchived, filter.search, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function countBrands(
  manager: EntityManager,
  agencyId: string,
  filter: BrandFilter,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM clients.brands b WHERE ${LIST_WHERE}`,
    [agencyId, filter.includeArchived, filter.search],
  );
  return count;
}

/** The agency's brand slugs matching a LIKE pattern. */
export async function brandSlugsLike(
  manager: EntityManager,
  agencyId: string,
  pattern: string,
): Promise<Set<string>> {
  const rows = await manager.query<{ slug: string }[]>(
    `SELECT slug FROM clients.brands WHERE agency_id = $1 AND slug LIKE $2`,
    [agencyId, pattern],
  );
  return new Set(rows.map((row) => row.slug));
}

/** Inserts the brand unless its slug or idempotency key is taken: whether it was inserted. */
export async function insertBrandIfFree(
  manager: EntityManager,
  brand: { id: string; agencyId: string; slug: string; idempotencyKey: string | null },
  payload: CreateBrandPayload,
): Promise<boolean> {
  const inserted = await manager.query<{ id: string }[]>(
    `INSERT INTO clients.brands
       (id, agency_id, name, slug, timezone, default_language, target_markets, guidelines, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      brand.id,
      brand.agencyId,
      payload.name,
      brand.slug,
      payload.timezone,
      payload.defaultLanguage,
      payload.targetMarkets,
      JSON.stringify(payload.guidelines),
      brand.idempotencyKey,
    ],
  );
  return inserted.length > 0;
}

export async function updateBrand(
  manager: EntityManager,
  id: string,
  changes: Partial<BrandEntity>,
): Promise<BrandEntity> {
  await manager.update(BrandEntity, { id }, changes);
  return findBrand(manager, id);
}

/** The names of the brands, by name (same agency: naming them to its members is no leak). */
export async function brandNamesOf(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
  const brands = await manager.find(BrandEntity, { where: { id: In([...ids]) }, order: { name: 'ASC' } });
  return brands.map((brand) => brand.name);
}

/** The names of the agency's brands among `ids`, by name ignoring case. */
export async function agencyBrandNames(
  manager: EntityManager,
  agencyId: string,
  ids: readonly string[],
): Promise<string[]> {
  const rows = await manager.query<{ name: string }[]>(
    `SELECT name FROM clients.brands WHERE agency_id = $1 AND id = ANY($2::uuid[]) ORDER BY lower(name)`,
    [agencyId, ids],
  );
  return rows.map((row) => row.name);
}

/**
 * Checks the brands an input names. A brand that does not exist, belongs to another agency or is
 * outside the caller's brand scope answers NOT_FOUND, like any object the caller cannot see; an
 * archived brand of the agency answers BAD_USER_INPUT on `field`.
 */
export async function assertLiveBrands(
  manager: EntityManager,
  agencyId: string,
  brandIds: readonly string[],
  field = 'brandIds',
): Promise<void> {
  if (brandIds.length === 0) return;
  const rows = await manager.query<{ id: string; archived: boolean }[]>(
    `SELECT id, archived_at IS NOT NULL AS archived
       FROM clients.brands WHERE agency_id = $1 AND id = ANY($2::uuid[])`,
    [agencyId, brandIds],
  );
  if (rows.length !== new Set(brandIds).size) throw notFound('brand');
  if (rows.some((row) => row.archived)) {
    throw badInput([
      { field, message: 'each brand must be active; restore archived brands first', constraint: 'archived' },
    ]);
  }
}

/** The ids among `ids` of the agency's brands that are not archived. */
export async function liveBrandIds(
  manager: EntityManager,
  agencyId: string,
  ids: readonly string[],
): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM clients.brands WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND archived_at IS NULL`,
    [agencyId, ids],
  );
  return rows.map((row) => row.id);
}
