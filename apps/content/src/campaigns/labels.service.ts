import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CreateLabelPayload,
  FieldError,
  LabelIdPayload,
  LabelView,
  ListLabelsPayload,
  UpdateLabelPayload,
} from '@relais/contracts';
import { conflict, notFound } from '@relais/server-errors';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { LabelEntity } from './label.entity';
import { toLabelView } from './campaign.view';

const NAME_TAKEN: FieldError[] = [
  { field: 'name', message: 'another label of the brand has this name', constraint: 'taken' },
];

async function findVisibleLabel(manager: EntityManager, agencyId: string, id: string): Promise<LabelEntity> {
  const label = await manager.findOneBy(LabelEntity, { id, agencyId });
  if (!label) throw notFound('label');
  return label;
}

/** A brand's labels: names unique per brand (ignoring case); deleting one takes it off its posts. */
@Injectable()
export class LabelsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
  ) {}

  async list(actor: Actor, payload: ListLabelsPayload): Promise<LabelView[]> {
    authorize(actor, ContentPermission.Read);
    await this.brands.brand(actor, payload.brandId);
    return this.transactions.run(actor.scope, async (manager) => {
      const labels = await manager.find(LabelEntity, {
        where: { agencyId: actor.agencyId, brandId: payload.brandId },
        order: { name: 'ASC', id: 'ASC' },
      });
      return labels.map(toLabelView);
    });
  }

  async create(actor: Actor, payload: CreateLabelPayload): Promise<LabelView> {
    await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    return this.unique(() =>
      this.transactions.run(actor.scope, async (manager) => {
        const id = randomUUID();
        await manager.insert(LabelEntity, {
          id,
          agencyId: actor.agencyId,
          brandId: payload.brandId,
          name: payload.name.trim(),
          ...(payload.color ? { color: payload.color.toLowerCase() } : {}),
        });
        return toLabelView(await findVisibleLabel(manager, actor.agencyId, id));
      }),
    );
  }

  async update(actor: Actor, payload: UpdateLabelPayload): Promise<LabelView> {
    return this.unique(() =>
      this.transactions.run(actor.scope, async (manager) => {
        const label = await findVisibleLabel(manager, actor.agencyId, payload.id);
        authorize(actor, ContentPermission.Write);
        await manager.update(
          LabelEntity,
          { id: label.id },
          { name: payload.name?.trim() ?? label.name, color: payload.color?.toLowerCase() ?? label.color },
        );
        return toLabelView(await findVisibleLabel(manager, actor.agencyId, label.id));
      }),
    );
  }

  /** Deletes the label (and takes it off every post); returns its id. */
  async delete(actor: Actor, payload: LabelIdPayload): Promise<string> {
    return this.transactions.run(actor.scope, async (manager) => {
      const label = await findVisibleLabel(manager, actor.agencyId, payload.id);
      authorize(actor, ContentPermission.Write);
      await manager.delete(LabelEntity, { id: label.id, agencyId: actor.agencyId });
      return label.id;
    });
  }

  private async unique<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isUniqueViolation(error, 'labels_brand_name_key')) {
        throw conflict('The brand already has a label with this name', NAME_TAKEN);
      }
      throw error;
    }
  }
}
