import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  BrandView,
  ContentEvents,
  CreatePostPayload,
  PostStatus,
  PostView,
  UpdatePostPayload,
} from '@relais/contracts';
import { Outbox } from '@relais/server-events';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { recordTransition } from './post-transition.repository';
import { PostEntity } from './post.entity';
import {
  BaseState,
  changedVariantFields,
  normalizeLink,
  normalizeThreadParts,
  resolveVariants,
  sameList,
  sameSet,
  VariantState,
} from './post-draft';
import { assertFutureSlot } from './future-slot';
import { assertVersion, refuse, statusAfterEdit } from './post-editing';
import { postEventData } from './post-events';
import { mediaFields, PostReferences, ResolvedTarget } from './post-references';
import {
  findPostByIdempotencyKey,
  findVisiblePost,
  insertPost,
  loadPostViewRows,
  loadStoredPost,
  saveLabels,
  saveTargets,
  saveVariants,
  StoredPost,
  updatePost,
} from './post.repository';
import { blockingErrors } from './post-validation';
import { postViews } from './post.view';

const IDEMPOTENCY_INDEX = 'posts_agency_idempotency_key';

interface Content {
  base: BaseState;
  targets: ResolvedTarget[];
  variants: VariantState[];
}

/** Creates and edits posts: checks every reference and rule, then saves everything or nothing. */
@Injectable()
export class PostsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly references: PostReferences,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: CreatePostPayload): Promise<PostView> {
    const brand = await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    const targets = await this.references.targets(actor, brand.id, payload.accountIds);
    try {
      return await this.transactions.run(actor.scope, async (manager) => {
        const earlier = await this.earlier(manager, actor, payload.idempotencyKey);
        if (earlier) return this.view(manager, earlier, brand);
        const scheduledAt = payload.scheduledAt ? new Date(payload.scheduledAt) : null;
        if (scheduledAt) assertFutureSlot(scheduledAt);

        const base: BaseState = {
          baseText: payload.baseText,
          linkUrl: normalizeLink(payload.linkUrl),
          mediaIds: payload.mediaIds ?? [],
          threadParts: normalizeThreadParts(payload.threadParts ?? []),
        };
        const content = await this.checked(manager, actor, brand, base, targets, [], payload.variants);
        if (payload.campaignId) {
          await this.references.campaign(manager, actor.agencyId, brand.id, payload.campaignId);
        }
        await this.references.labels(manager, actor.agencyId, brand.id, payload.labelIds ?? []);

        const post = await insertPost(manager, {
          id: randomUUID(),
          agencyId: actor.agencyId,
          brandId: brand.id,
          authorId: actor.userId,
          title: payload.title?.trim() ?? '',
          baseText: base.baseText,
          linkUrl: base.linkUrl,
          mediaIds: base.mediaIds,
          threadParts: base.threadParts,
          campaignId: payload.campaignId ?? null,
          status: PostStatus.Draft,
          scheduledAt,
          archivedFrom: null,
          version: 1,
          idempotencyKey: payload.idempotencyKey ?? null,
        });
        await saveTargets(manager, post, content.targets);
        await saveVariants(manager, post, content.variants);
        await saveLabels(manager, post, payload.labelIds ?? []);
        const saved = await findVisiblePost(manager, actor.agencyId, post.id);
        await recordTransition(manager, {
          post: saved,
          action: 'created',
          from: null,
          to: PostStatus.Draft,
          actor,
        });
        await this.outbox.add(manager, {
          subject: ContentEvents.postCreated,
          envelope: actor.envelope,
          data: postEventData(saved),
        });
        return this.view(manager, saved, brand);
      });
    } catch (error) {
      if (!isUniqueViolation(error, IDEMPOTENCY_INDEX)) throw error;
      // A concurrent create with the same key won: answer with its post.
      return this.transactions.run(actor.scope, async (manager) => {
        const winner = await this.earlier(manager, actor, payload.idempotencyKey);
        if (!winner) throw error;
        return this.view(manager, winner, brand);
      });
    }
  }

  async update(actor: Actor, payload: UpdatePostPayload): Promise<PostView> {
    const found = await this.transactions.run(actor.scope, (manager) =>
      findVisiblePost(manager, actor.agencyId, payload.id),
    );
    authorize(actor, ContentPermission.Write);
    statusAfterEdit(found.status);
    const brand = await this.brands.activeBrand(actor, found.brandId);
    const targets = payload.accountIds
      ? await this.references.targets(actor, brand.id, payload.accountIds)
      : null;

    return this.transactions.run(actor.scope, async (manager) => {
      const post = await findVisiblePost(manager, actor.agencyId, payload.id, true);
      assertVersion(post.version, payload.version);
      const status = statusAfterEdit(post.status);
      const stored = await loadStoredPost(manager, post);
      const base: BaseState = {
        baseText: payload.baseText ?? post.baseText,
        linkUrl: payload.linkUrl === undefined ? post.linkUrl : normalizeLink(payload.linkUrl),
        mediaIds: payload.mediaIds ?? post.mediaIds,
        threadParts: normalizeThreadParts(payload.threadParts) ?? post.threadParts,
      };
      const content = await this.checked(
        manager,
        actor,
        brand,
        base,
        targets ?? stored.targets,
        stored.variants,
        payload.variants,
      );
      if (payload.campaignId) {
        await this.references.campaign(manager, actor.agencyId, brand.id, payload.campaignId);
      }
      if (payload.labelIds) await this.references.labels(manager, actor.agencyId, brand.id, payload.labelIds);

      const next = {
        title: payload.title === undefined ? post.title : payload.title.trim(),
        campaignId: payload.campaignId === undefined ? post.campaignId : payload.campaignId,
        scheduledAt:
          payload.scheduledAt === undefined
            ? post.scheduledAt
            : payload.scheduledAt === null
              ? null
              : new Date(payload.scheduledAt),
        labelIds: payload.labelIds ?? stored.labelIds,
      };
      if (next.scheduledAt && next.scheduledAt.getTime() !== post.scheduledAt?.getTime()) {
        assertFutureSlot(next.scheduledAt);
      }
      const changes = changedFields(stored, content, next);
      if (changes.length === 0) return this.view(manager, post, brand);

      await updatePost(manager, post.id, {
        title: next.title,
        baseText: content.base.baseText,
        linkUrl: content.base.linkUrl,
        mediaIds: content.base.mediaIds,
        threadParts: content.base.threadParts,
        campaignId: next.campaignId,
        scheduledAt: next.scheduledAt,
        status,
        version: post.version + 1,
      });
      if (changes.includes('targets')) await saveTargets(manager, post, content.targets);
      if (changes.some((field) => field.startsWith('variants'))) {
        await saveVariants(manager, post, content.variants);
      }
      if (changes.includes('labelIds')) await saveLabels(manager, post, next.labelIds);
      const saved = await findVisiblePost(manager, actor.agencyId, post.id);
      await recordTransition(manager, {
        post: saved,
        action: 'edited',
        from: post.status,
        to: status,
        actor,
        changes: { fields: changes },
      });
      await this.outbox.add(manager, {
        subject: ContentEvents.postUpdated,
        envelope: actor.envelope,
        data: postEventData(saved, { changes }),
      });
      if (post.status === PostStatus.Scheduled || post.status === PostStatus.Failed) {
        // A failed post may still have accounts waiting for a retry: none of them goes out any more.
        await this.outbox.add(manager, {
          subject: ContentEvents.postCancelled,
          envelope: actor.envelope,
          data: postEventData(saved),
        });
      }
      return this.view(manager, saved, brand);
    });
  }

  /** The variants after the change, with every rule and reference checked; refused as a whole otherwise. */
  private async checked(
    manager: EntityManager,
    actor: Actor,
    brand: BrandView,
    base: BaseState,
    targets: ResolvedTarget[],
    current: VariantState[],
    inputs: CreatePostPayload['variants'],
  ): Promise<Content> {
    const networks = [...new Set(targets.map((target) => target.network))];
    const { variants, errors } = resolveVariants(base, networks, current, inputs);
    if (errors.length > 0) refuse(errors);
    const media = await this.references.media(
      manager,
      actor.agencyId,
      brand.id,
      mediaFields(base.mediaIds, variants),
    );
    const blocking = blockingErrors({ base, variants, media, guidelines: brand.guidelines });
    if (blocking.length > 0) refuse(blocking);
    return { base, targets, variants };
  }

  private async earlier(
    manager: EntityManager,
    actor: Actor,
    key: string | undefined,
  ): Promise<PostEntity | null> {
    if (!key) return null;
    return findPostByIdempotencyKey(manager, actor.agencyId, key);
  }

  private async view(manager: EntityManager, post: PostEntity, brand: BrandView): Promise<PostView> {
    const [view] = postViews([post], await loadPostViewRows(manager, [post]), () => brand.guidelines);
    return view;
  }
}

/** What an edit changes, by field name (`baseText`, `variants.x.text`, `targets`...). */
function changedFields(
  stored: StoredPost,
  content: Content,
  next: { title: string; campaignId: string | null; scheduledAt: Date | null; labelIds: string[] },
): string[] {
  const { post } = stored;
  const changed: string[] = [];
  if (next.title !== post.title) changed.push('title');
  if (content.base.baseText !== post.baseText) changed.push('baseText');
  if (content.base.linkUrl !== post.linkUrl) changed.push('linkUrl');
  if (!sameList(content.base.mediaIds, post.mediaIds)) changed.push('mediaIds');
  if (!sameList(content.base.threadParts, post.threadParts)) changed.push('threadParts');
  if (
    !sameSet(
      content.targets.map((target) => target.accountId),
      stored.targets.map((target) => target.accountId),
    )
  ) {
    changed.push('targets');
  }
  changed.push(...changedVariantFields(stored.variants, content.variants));
  if (next.campaignId !== post.campaignId) changed.push('campaignId');
  if (!sameSet(next.labelIds, stored.labelIds)) changed.push('labelIds');
  if ((next.scheduledAt?.getTime() ?? null) !== (post.scheduledAt?.getTime() ?? null)) {
    changed.push('scheduledAt');
  }
  return changed;
}
