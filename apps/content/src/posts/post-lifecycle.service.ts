import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContentEvents, PostIdPayload, PostStatus, PostView } from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import { Outbox } from '@relais/server-events';
import { Actor, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { recordTransition } from './post-transition.repository';
import { PostEntity } from './post.entity';
import { postEventData } from './post-events';
import { deletePost, findVisiblePost, loadPostViewRows, updatePost } from './post.repository';
import { postViews } from './post.view';
import { PostSchedulingService } from './post-scheduling.service';

/**
 * Archiving (from any status; a scheduled post is cancelled), restoring (the status it had comes back;
 * a schedule whose time has passed comes back as approved) and deleting drafts.
 */
@Injectable()
export class PostLifecycleService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly outbox: Outbox,
    private readonly scheduling: PostSchedulingService,
  ) {}

  async archive(actor: Actor, payload: PostIdPayload): Promise<PostView> {
    return this.change(actor, payload.id, async (manager, post) => {
      if (post.status === PostStatus.Archived) return post;
      await updatePost(manager, post.id, {
        status: PostStatus.Archived,
        archivedFrom: post.status,
        version: post.version + 1,
      });
      const saved = await findVisiblePost(manager, actor.agencyId, post.id);
      await recordTransition(manager, {
        post: saved,
        action: 'archived',
        from: post.status,
        to: PostStatus.Archived,
        actor,
      });
      await this.outbox.add(manager, {
        subject: ContentEvents.postArchived,
        envelope: actor.envelope,
        data: postEventData(saved),
      });
      if (post.status === PostStatus.Scheduled || post.status === PostStatus.Failed) {
        // A failed post may still have accounts waiting for a retry: none of them goes out any more.
        await this.outbox.add(manager, {
          subject: ContentEvents.postCancelled,
          envelope: actor.envelope,
          data: postEventData(saved),
        });
      }
      return saved;
    });
  }

  async restore(actor: Actor, payload: PostIdPayload): Promise<PostView> {
    return this.change(actor, payload.id, async (manager, post) => {
      if (post.status !== PostStatus.Archived) return post;
      const previous = post.archivedFrom ?? PostStatus.Draft;
      const lapsed =
        previous === PostStatus.Scheduled && (!post.scheduledAt || post.scheduledAt.getTime() <= Date.now());
      const status = lapsed ? PostStatus.Approved : previous;
      await updatePost(manager, post.id, { status, archivedFrom: null, version: post.version + 1 });
      const saved = await findVisiblePost(manager, actor.agencyId, post.id);
      await recordTransition(manager, {
        post: saved,
        action: 'restored',
        from: PostStatus.Archived,
        to: status,
        actor,
        ...(lapsed ? { note: 'Its planned time has passed: schedule it again.' } : {}),
      });
      await this.outbox.add(manager, {
        subject: ContentEvents.postUpdated,
        envelope: actor.envelope,
        data: postEventData(saved, { changes: ['status'] }),
      });
      if (status === PostStatus.Scheduled) {
        const brand = await this.brands.brand(actor, saved.brandId);
        await this.scheduling.assertPublishable(manager, saved, brand.guidelines);
        await this.outbox.add(manager, {
          subject: ContentEvents.postScheduled,
          envelope: actor.envelope,
          data: await this.scheduling.scheduledEvent(manager, saved, brand.timezone),
        });
      }
      return saved;
    });
  }

  /** Deletes a draft for good (with its variants, targets, labels and history); returns its id. */
  async delete(actor: Actor, payload: PostIdPayload): Promise<string> {
    return this.transactions.run(actor.scope, async (manager) => {
      const post = await findVisiblePost(manager, actor.agencyId, payload.id, true);
      authorize(actor, ContentPermission.Write);
      if (post.status !== PostStatus.Draft) {
        throw conflict('Only drafts can be deleted; archive this post instead');
      }
      await this.outbox.add(manager, {
        subject: ContentEvents.postDeleted,
        envelope: actor.envelope,
        data: postEventData(post),
      });
      await deletePost(manager, actor.agencyId, post.id);
      return post.id;
    });
  }

  private async change(
    actor: Actor,
    id: string,
    apply: (manager: EntityManager, post: PostEntity) => Promise<PostEntity>,
  ): Promise<PostView> {
    const post = await this.transactions.run(actor.scope, async (manager) => {
      const locked = await findVisiblePost(manager, actor.agencyId, id, true);
      authorize(actor, ContentPermission.Write);
      return apply(manager, locked);
    });
    const brand = await this.brands.brand(actor, post.brandId);
    return this.transactions.run(actor.scope, async (manager) => {
      const [view] = postViews([post], await loadPostViewRows(manager, [post]), () => brand.guidelines);
      return view;
    });
  }
}
