import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ApprovalAudience,
  CreatedReviewLinkView,
  CreateReviewLinkPayload,
  FieldError,
  ListReviewLinksPayload,
  PostStatus,
  ReviewLinkIdPayload,
  ReviewLinkView,
} from '@relais/contracts';
import { badInput, notFound } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { ActorNames } from '../approval/actor-names';
import { waitingStep } from '../approval/approval-steps';
import { statusName } from '../approval/transitions';
import { BrandsClient } from '../brands/brands.client';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { PostEntity } from '../posts/post.entity';
import { ReviewLinkMailer } from './review-link.mailer';
import { issueReviewLinkToken, reviewLinkUrl } from './review-link-token';
import { ReviewLinkEntity } from './review-link.entity';
import { toReviewLinkView } from './review-link.view';
import {
  brandReviewLinks,
  insertReviewLink,
  lockReviewLink,
  postsWithRounds,
  updateReviewLink,
} from './review-link.repository';

const HOUR_MS = 3_600_000;

function label(post: PostEntity): string {
  return post.title.trim() === '' ? `The post ${post.id}` : `“${post.title}”`;
}

/** Sending posts to a client for review by a signed link, and managing the links sent. */
@Injectable()
export class ReviewLinksService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly names: ActorNames,
    private readonly mailer: ReviewLinkMailer,
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
  ) {}

  async create(actor: Actor, payload: CreateReviewLinkPayload): Promise<CreatedReviewLinkView> {
    const brand = await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.ManageApproval);
    const recipientName = payload.recipientName.trim();
    if (recipientName === '') {
      throw badInput([
        { field: 'recipientName', message: 'say who the link is for', constraint: 'isNotEmpty' },
      ]);
    }
    const createdByName = await this.names.of(actor);
    const { token, hash } = issueReviewLinkToken(this.config.SIGNING_SECRET);
    const hours = payload.expiresInHours ?? this.config.REVIEW_LINK_TTL_HOURS;

    const link = await this.transactions.run(actor.scope, async (manager) => {
      await this.checkPosts(manager, actor, brand.id, payload.postIds);
      const createdAt = new Date();
      return insertReviewLink(manager, {
        id: randomUUID(),
        agencyId: actor.agencyId,
        brandId: brand.id,
        tokenHash: hash,
        postIds: payload.postIds,
        recipientName,
        recipientEmail: payload.recipientEmail?.trim() || null,
        brandName: brand.name,
        brandLanguage: brand.defaultLanguage,
        brandTimezone: brand.timezone,
        createdBy: actor.userId,
        createdByName,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + hours * HOUR_MS),
        revokedAt: null,
        usedAt: null,
      });
    });
    const url = reviewLinkUrl(this.config.CONSOLE_URL, token);
    // After the commit: a mail that cannot be sent is reported, and the link stays for its creator to pass on.
    const emailSent = link.recipientEmail !== null && (await this.mail(link, url));
    return { link: toReviewLinkView(link), url, emailSent };
  }

  private mail(link: ReviewLinkEntity, url: string): Promise<boolean> {
    return this.mailer.send({
      linkId: link.id,
      to: link.recipientEmail as string,
      locale: link.brandLanguage,
      recipientName: link.recipientName,
      brandName: link.brandName,
      postCount: link.postIds.length,
      senderName: link.createdByName,
      url,
      expiresAt: link.expiresAt,
      timezone: link.brandTimezone,
    });
  }

  async list(actor: Actor, payload: ListReviewLinksPayload): Promise<ReviewLinkView[]> {
    const brand = await this.brands.brand(actor, payload.brandId);
    authorize(actor, ContentPermission.ManageApproval);
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await brandReviewLinks(manager, actor.agencyId, brand.id);
      return rows.map(toReviewLinkView);
    });
  }

  revoke(actor: Actor, payload: ReviewLinkIdPayload): Promise<ReviewLinkView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const link = await lockReviewLink(manager, actor.agencyId, payload.id);
      if (!link) throw notFound('review link');
      authorize(actor, ContentPermission.ManageApproval);
      if (!link.revokedAt) {
        link.revokedAt = new Date();
        await updateReviewLink(manager, link.id, { revokedAt: link.revokedAt });
      }
      return toReviewLinkView(link);
    });
  }

  /**
   * Every post must be visible (else NOT_FOUND, like a missing one), of the brand and waiting for the
   * client's step; the others are named in one field error each.
   */
  private async checkPosts(
    manager: EntityManager,
    actor: Actor,
    brandId: string,
    postIds: string[],
  ): Promise<void> {
    const { posts, rounds } = await postsWithRounds(manager, actor.agencyId, postIds);
    if (posts.length !== postIds.length) throw notFound('post');
    const problems: FieldError[] = [];
    postIds.forEach((postId, index) => {
      const post = posts.find((candidate) => candidate.id === postId) as PostEntity;
      const round =
        rounds.find((candidate) => candidate.postId === postId && candidate.closedAt === null) ?? null;
      const field = `postIds.${index}`;
      if (post.brandId !== brandId) {
        problems.push({
          field,
          message: `${label(post)} belongs to another brand`,
          constraint: 'otherBrand',
          params: { postId },
        });
      } else if (
        post.status !== PostStatus.InReview ||
        waitingStep(round)?.audience !== ApprovalAudience.Client
      ) {
        const state =
          post.status === PostStatus.InReview ? 'in review with the agency' : statusName(post.status);
        problems.push({
          field,
          message: `${label(post)} is not waiting for the client’s approval (it is ${state})`,
          constraint: 'notAwaitingClient',
          params: { postId, status: post.status },
        });
      }
    });
    if (problems.length > 0) throw badInput(problems, problems[0].message);
  }
}
