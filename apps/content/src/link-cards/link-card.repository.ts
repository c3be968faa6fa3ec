import { EntityManager, In } from 'typeorm';
import { LinkCardEntity } from './link-card.entity';

/** The brand's kept cards for these addresses (those it has). */
export function findLinkCards(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  urls: readonly string[],
): Promise<LinkCardEntity[]> {
  if (urls.length === 0) return Promise.resolve([]);
  return manager.find(LinkCardEntity, { where: { agencyId, brandId, url: In([...urls]) } });
}

/** The kept cards of these brands for these addresses (a post list's variants, in one query). */
export function findLinkCardsOfBrands(
  manager: EntityManager,
  brandIds: readonly string[],
  urls: readonly string[],
): Promise<LinkCardEntity[]> {
  if (brandIds.length === 0 || urls.length === 0) return Promise.resolve([]);
  return manager.find(LinkCardEntity, { where: { brandId: In([...brandIds]), url: In([...urls]) } });
}

/** Keeps the card read last for the brand and address, replacing the one before. */
export async function saveLinkCard(manager: EntityManager, card: LinkCardEntity): Promise<void> {
  await manager.upsert(LinkCardEntity, card, ['agencyId', 'brandId', 'url']);
}
