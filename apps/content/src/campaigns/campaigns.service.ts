import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CampaignIdPayload,
  CampaignView,
  CreateCampaignPayload,
  FieldError,
  ListCampaignsPayload,
  UpdateCampaignPayload,
} from '@relais/contracts';
import { badInput, conflict } from '@relais/server-errors';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { brandCampaigns, findVisibleCampaign, insertCampaign, updateCampaign } from './campaign.repository';
import { toCampaignView } from './campaign.view';

const NAME_TAKEN: FieldError[] = [
  { field: 'name', message: 'another campaign of the brand has this name', constraint: 'taken' },
];

function assertDates(startsOn: string | null, endsOn: string | null): void {
  if (startsOn && endsOn && startsOn > endsOn) {
    throw badInput([
      {
        field: 'endsOn',
        message: 'endsOn must be on or after startsOn',
        constraint: 'afterStart',
        params: { startsOn },
      },
    ]);
  }
}

/** A brand's campaigns: names unique per brand (ignoring case), archived rather than deleted. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
  ) {}

  async list(actor: Actor, payload: ListCampaignsPayload): Promise<CampaignView[]> {
    authorize(actor, ContentPermission.Read);
    await this.brands.brand(actor, payload.brandId);
    return this.transactions.run(actor.scope, async (manager) => {
      const campaigns = await brandCampaigns(
        manager,
        actor.agencyId,
        payload.brandId,
        payload.includeArchived,
      );
      return campaigns.map(toCampaignView);
    });
  }

  async create(actor: Actor, payload: CreateCampaignPayload): Promise<CampaignView> {
    await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    const startsOn = payload.startsOn ?? null;
    const endsOn = payload.endsOn ?? null;
    assertDates(startsOn, endsOn);
    return this.unique(() =>
      this.transactions.run(actor.scope, async (manager) => {
        const id = randomUUID();
        await insertCampaign(manager, {
          id,
          agencyId: actor.agencyId,
          brandId: payload.brandId,
          name: payload.name.trim(),
          ...(payload.color ? { color: payload.color.toLowerCase() } : {}),
          startsOn,
          endsOn,
        });
        return toCampaignView(await findVisibleCampaign(manager, actor.agencyId, id));
      }),
    );
  }

  async update(actor: Actor, payload: UpdateCampaignPayload): Promise<CampaignView> {
    return this.unique(() =>
      this.transactions.run(actor.scope, async (manager) => {
        const campaign = await findVisibleCampaign(manager, actor.agencyId, payload.id);
        authorize(actor, ContentPermission.Write);
        if (campaign.archivedAt) throw conflict('This campaign is archived');
        const startsOn = payload.startsOn === undefined ? campaign.startsOn : payload.startsOn;
        const endsOn = payload.endsOn === undefined ? campaign.endsOn : payload.endsOn;
        assertDates(startsOn, endsOn);
        await updateCampaign(manager, campaign.id, {
          name: payload.name?.trim() ?? campaign.name,
          color: payload.color?.toLowerCase() ?? campaign.color,
          startsOn,
          endsOn,
        });
        return toCampaignView(await findVisibleCampaign(manager, actor.agencyId, campaign.id));
      }),
    );
  }

  /** Archives the campaign: its posts keep it, new posts can no longer choose it. */
  async archive(actor: Actor, payload: CampaignIdPayload): Promise<CampaignView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const campaign = await findVisibleCampaign(manager, actor.agencyId, payload.id);
      authorize(actor, ContentPermission.Write);
      if (!campaign.archivedAt) {
        await updateCampaign(manager, campaign.id, { archivedAt: new Date() });
      }
      return toCampaignView(await findVisibleCampaign(manager, actor.agencyId, campaign.id));
    });
  }

  private async unique<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isUniqueViolation(error, 'campaigns_brand_name_key')) {
        throw conflict('The brand already has a campaign with this name', NAME_TAKEN);
      }
      throw error;
    }
  }
}
