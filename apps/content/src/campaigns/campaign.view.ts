import { CampaignView, LabelView } from '@relais/contracts';
import { CampaignEntity } from './campaign.entity';
import { LabelEntity } from './label.entity';

export function toCampaignView(campaign: CampaignEntity): CampaignView {
  return {
    id: campaign.id,
    brandId: campaign.brandId,
    name: campaign.name,
    color: campaign.color,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    archived: campaign.archivedAt !== null,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

export function toLabelView(label: LabelEntity): LabelView {
  return {
    id: label.id,
    brandId: label.brandId,
    name: label.name,
    color: label.color,
    createdAt: label.createdAt.toISOString(),
  };
}
