import { Injectable } from '@nestjs/common';
import { CalendarPostView, ContentEvents, PostStatus, ReschedulePostPayload } from '@relais/contracts';
import { Actor, TenantTransactions } from '@relais/server-database';
import { badInput, conflict, notFound } from '@relais/server-errors';
import { Outbox } from '@relais/server-events';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { recordTransition } from '../posts/post-transition.repository';
import { lockPost, updatePost } from '../posts/post.repository';
import { PostSchedulingService } from '../posts/post-scheduling.service';
import { BrandsClient } from '../brands/brands.client';
import { BrandNames } from './brand-names';
import { calendarPostById, calendarVariants } from './calendar.repository';
import { calendarPostViews } from './calendar-post.view';
import { RESCHEDULED } from './post-series.repository';

/** Statuses whose slot can move; a scheduled post stays scheduled at its new time. */
const MOVABLE: ReadonlySet<PostStatus> = new Set([
  PostStatus.Draft,
  PostStatus.ChangesRequested,
  PostStatus.Approved,
  PostStatus.Scheduled,
]);

const WHY_NOT: Partial<Record<PostStatus, string>> = {
  [PostStatus.InReview]: 'This post is in review: withdraw it before moving it',
  [PostStatus.Published]: 'This post is already published: it cannot be moved',
  [PostStatus.Failed]: 'This post failed to publish: schedule it again from the post',
  [PostStatus.Archived]: 'This post is archived: restore it before moving it',
};

/**
 * Moves a post to another slot (a drag on the calendar). The content is unchanged, so the version
 * stays; the move is recorded in the post's history, and a scheduled post announces its new time
 * (`postScheduled` again) so publishing follows.
 */
@Injectable()
export class RescheduleService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: Outbox,
    private readonly brandNames: BrandNames,
    private readonly brands: BrandsClient,
    private readonly scheduling: PostSchedulingService,
  ) {}

  async reschedule(actor: Actor, payload: ReschedulePostPayload): Promise<CalendarPostView> {
    authorize(actor, ContentPermission.Read);
    const scheduledAt = new Date(payload.scheduledAt);
    const view = await this.transactions.run(actor.scope, async (manager) => {
      const post = await lockPost(manager, actor.agencyId, payload.postId);
      if (!post) throw notFound('post');
      authorize(actor, ContentPermission.Write);
      if (!MOVABLE.has(post.status)) {
        throw conflict(WHY_NOT[post.status] ?? `A ${post.status} post cannot be moved`);
      }
      if (scheduledAt.getTime() <= Date.now()) {
        throw badInput(
          [{ field: 'scheduledAt', message: 'scheduledAt must be in the future', constraint: 'future' }],
          'A post cannot be moved into the past',
        );
      }
      const previous = post.scheduledAt;
      await updatePost(manager, post.id, { scheduledAt });
      await recordTransition(manager, {
        post,
        action: RESCHEDULED,
        from: post.status,
        to: post.status,
        actor,
        changes: {
          scheduledAt: { from: previous ? previous.toISOString() : null, to: scheduledAt.toISOString() },
        },
      });
      if (post.status === PostStatus.Scheduled) {
        const brand = await this.brands.brand(actor, post.brandId);
        post.scheduledAt = scheduledAt;
        await this.scheduling.assertPublishable(manager, post, brand.guidelines);
        await this.outbox.add(manager, {
          subject: ContentEvents.postScheduled,
          envelope: actor.envelope,
          data: await this.scheduling.scheduledEvent(manager, post, brand.timezone),
        });
      }
      const row = await calendarPostById(manager, actor.agencyId, post.id);
      if (!row) throw notFound('post');
      const [moved] = calendarPostViews([row], await calendarVariants(manager, actor.agencyId, [row.id]));
      return moved;
    });
    const names = await this.brandNames.of(actor, new Set([view.brandId]));
    return { ...view, brandName: names.get(view.brandId) ?? null };
  }
}
