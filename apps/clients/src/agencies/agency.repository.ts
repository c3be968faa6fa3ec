import { EntityManager } from 'typeorm';
import { Locale } from '@relais/contracts';
import { AgencyEntity } from './agency.entity';

export function findAgency(manager: EntityManager, id: string): Promise<AgencyEntity | null> {
  return manager.findOneBy(AgencyEntity, { id });
}

export function findAgencyOrFail(manager: EntityManager, id: string): Promise<AgencyEntity> {
  return manager.findOneByOrFail(AgencyEntity, { id });
}

/** Every agency's slug matching a LIKE pattern (`clients.agency_slugs_like`: slugs are unique across agencies). */
export async function agencySlugsLike(manager: EntityManager, pattern: string): Promise<Set<string>> {
  const rows = await manager.query<{ slug: string }[]>(
    `SELECT s AS slug FROM clients.agency_slugs_like($1) s`,
    [pattern],
  );
  return new Set(rows.map((row) => row.slug));
}

/** Inserts the agency unless its slug is taken: whether it was inserted. */
export async function insertAgencyIfFree(
  manager: EntityManager,
  agency: { id: string; name: string; slug: string; defaultLocale: Locale },
): Promise<boolean> {
  const inserted = await manager.query<{ id: string }[]>(
    `INSERT INTO clients.agencies (id, name, slug, default_locale) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [agency.id, agency.name, agency.slug, agency.defaultLocale],
  );
  return inserted.length > 0;
}

export async function updateAgency(
  manager: EntityManager,
  id: string,
  changes: Partial<AgencyEntity>,
): Promise<void> {
  await manager.update(AgencyEntity, { id }, changes);
}
