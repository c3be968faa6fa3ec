import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CreateLabelPayload,
  FieldError,
  LabelIdPayload,
  LabelView,
  ListLabelsPayload,
  UpdateLabelPayload,
} from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { brandLabels, deleteLabel, findVisibleLabel, insertLabel, updateLabel } from './campaign.repository';
import { toLabelView } from './campaign.view';

const NAME_TAKEN: FieldError[] = [
  { field: 'name', message: 'another label of the brand has this name', constraint: 'taken' },
];

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
      const labels = await brandLabels(manager, actor.agencyId, payload.brandId);
      return labels.map(toLabelView);
    });
  }

  async create(actor: Actor, payload: CreateLabelPayload): Promise<LabelView> {
    await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    return this.unique(() =>
      this.transactions.run(actor.scope, async (manager) => {
        const id = randomUUID();
        await insertLabel(manager, {
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
        await updateLabel(manager, label.id, {
          name: payload.name?.trim() ?? label.name,
          color: payload.color?.toLowerCase() ?? label.color,
        });
        return toLabelView(await findVisibleLabel(manager, actor.agencyId, label.id));
      }),
    );
  }

  /** Deletes the label (and takes it off every post); returns its id. */
  async delete(actor: Actor, payload: LabelIdPayload): Promise<string> {
    return this.transactions.run(actor.scope, async (manager) => {
      const label = await findVisibleLabel(manager, actor.agencyId, payload.id);
      authorize(actor, ContentPermission.Write);
      await deleteLabel(manager, actor.agencyId, label.id);
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
