import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContentEvents, PostIdPayload, PostStatus, PostView } from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { recordTransition } from './post-history';
import { PostEntity } from './post.entity';
import { PostEvents } from './post-events';
import { findVisiblePost } from './post.repository';
import { postViews } from './post-view';
import { postScheduledEvent } from './post-scheduled-event';

/**
 * Archiving (from any status; a scheduled post is cancelled), restoring (the status it had comes back;
 * a schedule whose time has passed comes back as approved) and deleting drafts.
 */
@Injectable()
export class PostLifecycleService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly events: PostEvents,
  ) {}

  async archive(actor: Actor, payload: PostIdPayload): Promise<PostView> {
    return this.change(actor, payload.id, async (manager, post) => {
      if (post.status === PostStatus.Archived) return post;
      await manager.update(
        PostEntity,
        { id: post.id },
        { status: PostStatus.Archived, archivedFrom: post.status, version: post.version + 1 },
      );
      const saved = await findVisiblePost(manager, actor.agencyId, post.id);
      await recordTransition(manager, {
        post: saved,
        action: 'archived',
        from: post.status,
        to: PostStatus.Archived,
        actor,
      });
      await this.events.emit(manager, actor, ContentEvents.postArchived, saved);
      if (post.status === PostStatus.Scheduled || post.status === PostStatus.Failed) {
        // A failed post may still have accounts waiting for a retry: none of them goes out any more.
        await this.events.emit(manager, actor, ContentEvents.postCancelled, saved);
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
      await manager.update(
        PostEntity,
        { id: post.id },
        { status, archivedFrom: null, version: post.version + 1 },
      );
      const saved = await findVisiblePost(manager, actor.agencyId, post.id);
      await recordTransition(manager, {
        post: saved,
        action: 'restored',
        from: PostStatus.Archived,
        to: status,
        actor,
        ...(lapsed ? { note: 'Its planned time has passed: schedule it again.' } : {}),
      });
      await this.events.emit(manager, actor, ContentEvents.postUpdated, saved, { changes: ['status'] });
      if (status === PostStatus.Scheduled) {
        const brand = await this.brands.brand(actor, saved.brandId);
        await this.events.emitData(
          manager,
          actor,
          ContentEvents.postScheduled,
          await postScheduledEvent(manager, saved, brand.timezone),
        );
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
      await this.events.emit(manager, actor, ContentEvents.postDeleted, post);
      await manager.delete(PostEntity, { id: post.id, agencyId: actor.agencyId });
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
      const [view] = await postViews(manager, [post], () => brand.guidelines);
      return view;
    });
  }
}
