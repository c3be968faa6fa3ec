import { Injectable } from '@nestjs/common';
import { CalendarPostsPayload, CalendarPostView, MAX_CALENDAR_RANGE_DAYS } from '@relais/contracts';
import { Actor, TenantTransactions } from '@relais/server-database';
import { badInput } from '@relais/server-errors';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { BrandNames } from './brand-names';
import { calendarEntries } from './calendar-entries';
import {
  CalendarFilter,
  CalendarPostRow,
  calendarPostsByIds,
  calendarVariants,
  postsInRange,
} from './calendar.repository';
import { calendarPostViews } from './calendar-post.view';
import { seriesStarts, settledOccurrences } from './post-series.repository';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The calendar: posts by slot, for one brand (in its time zone, which the console applies) or every
 * brand; a recurring post once per occurrence in the range.
 */
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
    const filter: CalendarFilter = { agencyId: actor.agencyId, brandId: brand?.id ?? null, from, to };
    const { rows, views, settled, starts } = await this.transactions.run(actor.scope, async (manager) => {
      const inRange = await postsInRange(manager, filter);
      const settledInRange = await settledOccurrences(manager, filter);
      const known = new Set(inRange.map((row) => row.id));
      const missing = [...new Set(settledInRange.map((o) => o.postId))].filter((id) => !known.has(id));
      const all: CalendarPostRow[] = [
        ...inRange,
        ...(await calendarPostsByIds(manager, actor.agencyId, missing)),
      ];
      const recurring = all.filter((row) => row.recurrence).map((row) => row.id);
      return {
        rows: all,
        views: calendarPostViews(
          all,
          await calendarVariants(
            manager,
            actor.agencyId,
            all.map((row) => row.id),
          ),
        ),
        settled: settledInRange,
        starts: await seriesStarts(manager, actor.agencyId, recurring),
      };
    });
    const brands = brand
      ? new Map([[brand.id, brand]])
      : await this.brandNames.views(actor, new Set(rows.map((row) => row.brandId)));
    const timezones = new Map(rows.map((row) => [row.id, brands.get(row.brandId)?.timezone ?? 'UTC']));
    const byId = new Map(views.map((view) => [view.id, view]));
    const entries = calendarEntries(
      rows.map((row) => ({ ...row, scheduledAt: new Date(row.scheduledAt) })),
      {
        from,
        to,
        settled,
        timezoneOf: (post) => timezones.get(post.id) ?? 'UTC',
        startOf: (post) => starts.get(post.id),
      },
    );
    return entries.flatMap((entry) => {
      const view = byId.get(entry.postId);
      if (!view) return [];
      return [
        {
          ...view,
          brandName: brands.get(view.brandId)?.name ?? null,
          status: entry.status,
          scheduledAt: entry.at.toISOString(),
          occurrence: entry.occurrence,
        },
      ];
    });
  }
}
