import { EntityManager, IsNull } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { notFound } from '@relais/server-errors';
import { CampaignEntity } from './campaign.entity';
import { LabelEntity } from './label.entity';

/** The agency's campaign, or NOT_FOUND "Campaign not found". */
export async function findVisibleCampaign(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<CampaignEntity> {
  const campaign = await manager.findOneBy(CampaignEntity, { id, agencyId });
  if (!campaign) throw notFound('campaign');
  return campaign;
}

/** The brand's campaigns by name, the archived ones only when asked. */
export function brandCampaigns(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  includeArchived: boolean | undefined,
): Promise<CampaignEntity[]> {
  return manager.find(CampaignEntity, {
    where: {
      agencyId,
      brandId,
      ...(includeArchived ? {} : { archivedAt: IsNull() }),
    },
    order: { name: 'ASC', id: 'ASC' },
  });
}

export async function insertCampaign(
  manager: EntityManager,
  campaign: QueryDeepPartialEntity<CampaignEntity>,
): Promise<void> {
  await manager.insert(CampaignEntity, campaign);
}

export async function updateCampaign(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<CampaignEntity>,
): Promise<void> {
  await manager.update(CampaignEntity, { id }, changes);
}

/** The agency's label, or NOT_FOUND "Label not found". */
export async function findVisibleLabel(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<LabelEntity> {
  const label = await manager.findOneBy(LabelEntity, { id, agencyId });
  if (!label) throw notFound('label');
  return label;
}

/** The brand's labels by name. */
export function brandLabels(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<LabelEntity[]> {
  return manager.find(LabelEntity, {
    where: { agencyId, brandId },
    order: { name: 'ASC', id: 'ASC' },
  });
}

export async function insertLabel(
  manager: EntityManager,
  label: QueryDeepPartialEntity<LabelEntity>,
): Promise<void> {
  await manager.insert(LabelEntity, label);
}

export async function updateLabel(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<LabelEntity>,
): Promise<void> {
  await manager.update(LabelEntity, { id }, changes);
}

/** Deletes the label (posts lose it with it). */
export async function deleteLabel(manager: EntityManager, agencyId: string, id: string): Promise<void> {
  await manager.delete(LabelEntity, { id, agencyId });
}

/** A campaign's brand and whether it is archived, or undefined when the agency has no such campaign. */
export async function findCampaignState(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<{ brand_id: string; archived: boolean } | undefined> {
  const [row] = await manager.query<{ brand_id: string; archived: boolean }[]>(
    `SELECT brand_id, archived_at IS NOT NULL AS archived FROM content.campaigns WHERE agency_id = $1 AND id = $2`,
    [agencyId, id],
  );
  return row;
}

/** Which of `ids` are labels of the brand. */
export function brandLabelIds(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  ids: readonly string[],
): Promise<{ id: string }[]> {
  return manager.query<{ id: string }[]>(
    `SELECT id FROM content.labels WHERE agency_id = $1 AND brand_id = $2 AND id = ANY($3::uuid[])`,
    [agencyId, brandId, ids],
  );
}
