import { Injectable } from '@nestjs/common';
import { BrandSlotsPayload, PostingSlotsView, Role, SetPostingSlotsPayload } from '@relais/contracts';
import { Actor, TenantTransactions } from '@relais/server-database';
import { forbidden } from '@relais/server-errors';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { freeSlots, SLOT_MARGIN_MS } from './free-slots';
import { readSlotPlan, readSlots, replaceSlots } from './slot.repository';
import { toSlotView } from './slot.view';

const DEFAULT_UPCOMING = 5;
/** Who may change a brand's posting slots (community managers read them). */
const SLOT_WRITERS: readonly Role[] = [Role.Owner, Role.Admin, Role.AccountManager];

/** A brand's weekly posting slots (brand timezone) and the next ones no post holds yet. */
@Injectable()
export class SlotsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
  ) {}

  async get(actor: Actor, payload: BrandSlotsPayload): Promise<PostingSlotsView> {
    authorize(actor, ContentPermission.Read);
    const brand = await this.brands.brand(actor, payload.brandId);
    return this.view(actor, brand.id, brand.timezone, payload.upcoming ?? DEFAULT_UPCOMING);
  }

  /** Replaces every slot of the brand; the same slot given twice counts once. */
  async set(actor: Actor, payload: SetPostingSlotsPayload): Promise<PostingSlotsView> {
    const brand = await this.brands.activeBrand(actor, payload.brandId);
    if (!SLOT_WRITERS.includes(actor.role)) {
      throw forbidden('Only owners, admins and account managers can change posting slots');
    }
    const unique = [...new Map(payload.slots.map((slot) => [`${slot.weekday}|${slot.time}`, slot])).values()];
    await this.transactions.run(actor.scope, (manager) =>
      replaceSlots(
        manager,
        { agencyId: actor.agencyId, brandId: brand.id, createdBy: actor.userId },
        unique.map((slot) => ({ weekday: slot.weekday, localTime: slot.time })),
      ),
    );
    return this.view(actor, brand.id, brand.timezone, DEFAULT_UPCOMING);
  }

  private view(actor: Actor, brandId: string, timezone: string, upcoming: number): Promise<PostingSlotsView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const slots = await readSlots(manager, actor.agencyId, brandId);
      const after = new Date(Date.now() + SLOT_MARGIN_MS);
      const plan = await readSlotPlan(manager, { agencyId: actor.agencyId, brandId }, after);
      const next = freeSlots(plan, timezone, after, upcoming);
      const updatedAt = slots.reduce<Date | null>(
        (latest, slot) => (!latest || slot.createdAt > latest ? slot.createdAt : latest),
        null,
      );
      return {
        brandId,
        timezone,
        slots: slots.map(toSlotView),
        upcoming: next.map((at) => at.toISOString()),
        updatedAt: updatedAt ? updatedAt.toISOString() : null,
      };
    });
  }
}
