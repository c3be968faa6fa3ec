import { Injectable } from '@nestjs/common';
import { CalendarPostsPayload, CalendarPostView, MAX_CALENDAR_RANGE_DAYS } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { badInput } from '@relais/server-errors';
import { Actor, authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { BrandNames } from './brand-names';
import { postsInRange, withVariants } from './calendar-rows';

const DAY_MS = 24 * 3600 * 1000;

/** The calendar: posts by slot, for one brand (in its time zone, which the console applies) or every brand. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brandNames: BrandNames,
  ) {}

  async posts(actor: Actor, payload: CalendarPostsPayload): Promise<CalendarPostView[]> {
    authorize(actor, ContentPermission.Read);
    const from = new Date(payload.from);
    const to = new Date(payload.to);
    if (to <= from) {
      throw badInput(
        [{ field: 'to', message: 'to must be after from', constraint: 'afterFrom' }],
        'The calendar range is empty',
      );
    }
    if (to.getTime() - from.getTime() > MAX_CALENDAR_RANGE_DAYS * DAY_MS) {
      throw badInput(
        [
          {
            field: 'to',
            message: `the calendar reads at most ${MAX_CALENDAR_RANGE_DAYS} days at once`,
            constraint: 'maxRange',
            params: { maxDays: MAX_CALENDAR_RANGE_DAYS },
          },
        ],
        'The calendar range is too long',
      );
    }
    // A brand out of the caller's reach answers NOT_FOUND, like a missing one.
    const brand = payload.brandId ? await this.brandNames.brand(actor, payload.brandId) : null;
    const filter = { agencyId: actor.agencyId, brandId: brand?.id ?? null, from, to };
    const posts = await this.transactions.run(actor.scope, async (manager) =>
      withVariants(manager, actor.agencyId, await postsInRange(manager, filter)),
    );
    const names = brand
      ? new Map([[brand.id, brand.name]])
      : await this.brandNames.of(actor, new Set(posts.map((post) => post.brandId)));
    return posts.map((post) => ({ ...post, brandName: names.get(post.brandId) ?? null }));
  }
}
