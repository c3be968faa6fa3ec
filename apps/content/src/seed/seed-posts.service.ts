import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  ContentEvents,
  Envelope,
  ErrorCode,
  PostScheduledEvent,
  PostStatus,
  SeedPostPayload,
  SeedPostsPayload,
  SeedPostsResult,
} from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { DomainException } from '@relais/server-errors';
import { Outbox } from '@relais/server-events';
import { SCHEMA } from '../migrations';
import { byNetworkOrder, normalizeLink, resolveVariants, VariantState } from '../posts/post-draft';
import { PostEntity } from '../posts/post.entity';
import { publishTargets } from '../posts/post-scheduled-event';
import { blockingErrors } from '../posts/post-validation';
import { ensureCampaign, insertSeededPost, postKeyExists } from './seed-posts.repository';

/**
 * Writes demo posts (development only): each made and checked by the same code as a saved post
 * (variants following or customised, the networks' rules, banned words), with its targets, variants and
 * history, and skipped when its key exists. A post still to go out is scheduled as the console schedules
 * one: its scheduled event goes into the outbox in the same transaction, so publishing sends it when due.
 */
@Injectable()
export class SeedPostsService {
  private readonly outbox = new Outbox({ schema: SCHEMA });

  constructor(private readonly transactions: TenantTransactions) {}

  async seed(envelope: Envelope, payload: SeedPostsPayload): Promise<SeedPostsResult> {
    const agencyId = envelope.agencyId;
    if (!agencyId) throw new DomainException(ErrorCode.Unauthenticated, 'Seeding needs an agency');
    return this.transactions.run({ agencyId, userId: null, brandIds: null }, async (manager) => {
      const campaignId = await ensureCampaign(manager, agencyId, payload.brandId, payload.campaign);
      const result: SeedPostsResult = { created: 0, existing: 0 };
      for (const post of payload.posts) {
        if (await postKeyExists(manager, agencyId, post.key)) {
          result.existing += 1;
          continue;
        }
        await this.write(manager, agencyId, payload, post, campaignId);
        result.created += 1;
      }
      return result;
    });
  }

  private async write(
    manager: EntityManager,
    agencyId: string,
    brand: SeedPostsPayload,
    post: SeedPostPayload,
    campaignId: string,
  ): Promise<void> {
    const base = {
      baseText: post.baseText,
      linkUrl: normalizeLink(post.linkUrl),
      mediaIds: [],
      threadParts: [],
    };
    const networks = [...new Set(post.targets.map((target) => target.network))];
    const { variants, errors } = resolveVariants(base, networks, [], post.variants);
    const guidelines = { bannedWords: brand.bannedWords, requiredHashtags: brand.requiredHashtags };
    const problems = [...errors, ...blockingErrors({ base, variants, media: new Map(), guidelines })];
    if (problems.length > 0) {
      throw new DomainException(ErrorCode.BadUserInput, `Demo post "${post.title}" is invalid`, {
        fields: problems,
      });
    }
    const scheduledAt = new Date(post.scheduledAt);
    const { id, version } = await insertSeededPost(manager, {
      agencyId,
      brandId: brand.brandId,
      authorId: post.authorId,
      title: post.title,
      baseText: base.baseText,
      linkUrl: base.linkUrl,
      campaignId: post.inCampaign ? campaignId : null,
      status: post.status,
      scheduledAt,
      key: post.key,
      targets: post.targets,
      variants,
    });
    if (post.status !== PostStatus.Scheduled) return;
    const written = Object.assign(new PostEntity(), {
      id,
      agencyId,
      brandId: brand.brandId,
      authorId: post.authorId,
      title: post.title,
      baseText: base.baseText,
      linkUrl: base.linkUrl,
      mediaIds: [],
      threadParts: [],
      status: post.status,
      version,
      scheduledAt,
      recurrence: null,
    });
    await this.emitScheduled(manager, written, scheduledAt, brand.timezone, post, variants);
  }

  /**
   * `evt.content.post.scheduled.v1` for a post just written, in its transaction: the exact texts per
   * account come from `publishTargets`, as when the console schedules a post. In the author's name, so
   * that they are not told about their own post.
   */
  private async emitScheduled(
    manager: EntityManager,
    post: PostEntity,
    dueAt: Date,
    timezone: string,
    seeded: SeedPostPayload,
    variants: VariantState[],
  ): Promise<void> {
    const targets = publishTargets({
      post,
      targets: byNetworkOrder(seeded.targets.map(({ accountId, network }) => ({ accountId, network }))),
      variants: byNetworkOrder(variants),
      labelIds: [],
    });
    const data: PostScheduledEvent = {
      postId: post.id,
      brandId: post.brandId,
      title: post.title,
      status: post.status,
      version: post.version,
      authorId: post.authorId,
      scheduledAt: dueAt.toISOString(),
      timezone,
      recurrence: null,
      targets,
    };
    await this.outbox.add(manager, {
      subject: ContentEvents.postScheduled,
      envelope: {
        agencyId: post.agencyId,
        userId: post.authorId,
        role: null,
        brandIds: null,
        correlationId: `seed-${randomUUID()}`,
      },
      data,
    });
  }
}
