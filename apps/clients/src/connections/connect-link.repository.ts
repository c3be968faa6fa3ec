import { EntityManager } from 'typeorm';
import { notFound } from '@relais/server-errors';
import { ConnectLinkEntity } from './connect-link.entity';

export async function insertLink(manager: EntityManager, link: ConnectLinkEntity): Promise<void> {
  await manager.insert(ConnectLinkEntity, link);
}

export async function findVisibleLink(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<ConnectLinkEntity> {
  const link = await manager.findOneBy(ConnectLinkEntity, { id, agencyId });
  if (!link) throw notFound('connect link');
  return link;
}

export function linksOfBrand(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<ConnectLinkEntity[]> {
  return manager.find(ConnectLinkEntity, {
    where: { agencyId, brandId },
    order: { createdAt: 'DESC', id: 'ASC' },
  });
}

export async function updateLink(
  manager: EntityManager,
  id: string,
  changes: Partial<ConnectLinkEntity>,
): Promise<void> {
  await manager.update(ConnectLinkEntity, { id }, changes);
}

/** Which link a token is (`clients.find_connect_link`), before a tenant is known. Runs in a system transaction. */
export async function linkOfToken(
  manager: EntityManager,
  tokenHash: Buffer,
): Promise<{ id: string; agencyId: string; brandId: string } | null> {
  const [row] = await manager.query<{ id: string; agency_id: string; brand_id: string }[]>(
    `SELECT id, agency_id, brand_id FROM clients.find_connect_link($1)`,
    [tokenHash],
  );
  return row ? { id: row.id, agencyId: row.agency_id, brandId: row.brand_id } : null;
}
