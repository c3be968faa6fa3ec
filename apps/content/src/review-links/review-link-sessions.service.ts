import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ApprovalAudience,
  CommentVisibility,
  ContentEvents,
  DecideViaReviewLinkPayload,
  Envelope,
  OpenReviewLinkPayload,
  PostStatus,
  ReviewLinkDecision,
  ReviewLinkStatus,
  ReviewPostView,
  ReviewSessionView,
  Role,
} from '@relais/contracts';
import { badInput, conflict, notFound } from '@relais/server-errors';
import { TenantScope, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { Reviewer, ReviewDecisionsService, transitionContext } from '../approval/review-decisions.service';
import { statusName } from '../approval/transitions';
import { insertComment } from '../comments/comment.repository';
import { commentAddedEvent } from '../comments/comment.view';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { PostMediaService } from '../media';
import { PostEntity } from '../posts/post.entity';
import { findVisiblePost } from '../posts/post.repository';
import { ReviewLinkErrorReason, ReviewLinkException } from './review-link.exception';
import { ReviewLinkPostEntity } from './review-link-post.entity';
import { verifyReviewLinkToken } from './review-link-token';
import { ReviewLinkEntity } from './review-link.entity';
import { statusOf } from './review-link.view';
import { reviewMediaIds, reviewPostIds, reviewPosts } from './review-session.view';
import {
  findReviewLink,
  findReviewLinkByHash,
  lockReviewLinkPost,
  reviewPostRows,
  saveLinkDecision,
  updateReviewLink,
} from './review-link.repository';

interface FoundLink {
  id: string;
  agencyId: string;
  brandId: string;
}

const REFUSALS: Record<Exclude<ReviewLinkStatus, ReviewLinkStatus.Active>, ReviewLinkErrorReason> = {
  [ReviewLinkStatus.Revoked]: ReviewLinkErrorReason.Revoked,
  [ReviewLinkStatus.Used]: ReviewLinkErrorReason.Used,
  [ReviewLinkStatus.Expired]: ReviewLinkErrorReason.Expired,
};

/**
 * What a client does with a review link, without an account. The token is checked first (a forged one
 * never reaches the database), the link is found through `content.find_review_link` (the only thing
 * readable before its tenant is known), then everything runs in a tenant transaction for the link's
 * agency limited to its brand, and only the link's posts are ever read or changed.
 */
@Injectable()
export class ReviewLinkSessionsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly decisions: ReviewDecisionsService,
    private readonly postMedia: PostMediaService,
    private readonly outbox: Outbox,
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
  ) {}

  async open(payload: OpenReviewLinkPayload): Promise<ReviewSessionView> {
    const found = await this.find(payload.token);
    return this.transactions.run(this.scopeOf(found), async (manager) => {
      const link = await this.usableLink(manager, found, false);
      return {
        brandName: link.brandName,
        language: link.brandLanguage,
        recipientName: link.recipientName,
        expiresAt: link.expiresAt.toISOString(),
        posts: await this.reviewPosts(manager, link),
      };
    });
  }

  async decide(payload: DecideViaReviewLinkPayload, correlationId: string): Promise<ReviewPostView> {
    const found = await this.find(payload.token);
    const comment = payload.comment?.trim() || null;
    if (!comment && payload.decision !== ReviewLinkDecision.Approve) {
      throw badInput(
        [{ field: 'comment', message: 'say what should change', constraint: 'isNotEmpty' }],
        payload.decision === ReviewLinkDecision.Comment ? 'Write your comment' : 'Say what should change',
      );
    }
    return this.transactions.run(this.scopeOf(found), async (manager) => {
      const link = await this.usableLink(manager, found, true);
      // Another post, even of the same brand, is not this link's to show or decide.
      if (!link.postIds.includes(payload.postId)) throw notFound('post');
      const entry = await lockReviewLinkPost(manager, link.id, payload.postId);
      if (!entry) throw notFound('post');
      const post = await findVisiblePost(manager, link.agencyId, payload.postId, true);
      const envelope: Envelope = {
        agencyId: link.agencyId,
        userId: null,
        role: null,
        brandIds: [link.brandId],
        correlationId,
      };

      if (payload.decision === ReviewLinkDecision.Comment) {
        const saved = await insertComment(manager, {
          agencyId: link.agencyId,
          brandId: link.brandId,
          postId: post.id,
          parentId: null,
          body: comment as string,
          visibility: CommentVisibility.Shared,
          authorId: null,
          authorName: link.recipientName,
          authorRole: null,
          reviewLinkId: link.id,
          mentions: [],
        });
        await this.outbox.add(manager, {
          subject: ContentEvents.commentAdded,
          envelope,
          data: commentAddedEvent(saved),
        });
      } else {
        if (entry.decision) throw conflict('You already reviewed this post through this link');
        await this.assertAwaitingClient(manager, post);
        // The link stands for the brand's approver: whoever sent it trusted its recipient with the client step.
        const reviewer: Reviewer = {
          actor: null,
          role: Role.BrandApprover,
          name: link.recipientName,
          linkId: link.id,
          envelope,
        };
        if (payload.decision === ReviewLinkDecision.Approve) {
          await this.decisions.approve(manager, reviewer, post, comment);
        } else {
          await this.decisions.requestChanges(manager, reviewer, post, comment as string);
        }
        await this.markDecided(manager, link, entry, payload.decision);
      }
      const [view] = await this.reviewPosts(manager, link, [post.id]);
      return view;
    });
  }

  /**
   * The posts of a link as the client sees them (`reviewPosts`), with their media's signed URLs. Only the
   * link's posts among `postIds`, in its order.
   */
  private async reviewPosts(
    manager: EntityManager,
    link: ReviewLinkEntity,
    postIds: readonly string[] = link.postIds,
  ): Promise<ReviewPostView[]> {
    const ids = reviewPostIds(link, postIds);
    if (ids.length === 0) return [];
    const rows = await reviewPostRows(manager, link, ids);
    const media = await this.postMedia.reviewMedia(manager, link.brandId, reviewMediaIds(rows));
    return reviewPosts(link, ids, rows, media);
  }

  /** The post must be at its client step: since the link was sent, it may have gone back to the agency. */
  private async assertAwaitingClient(manager: EntityManager, post: PostEntity): Promise<void> {
    const { ctx } = await transitionContext(manager, post, Role.BrandApprover, null);
    if (ctx.step?.audience === ApprovalAudience.Client) return;
    const where = post.status === PostStatus.InReview ? 'back with the agency' : statusName(post.status);
    throw conflict(`This post is no longer waiting for your approval (it is ${where})`);
  }

  private async markDecided(
    manager: EntityManager,
    link: ReviewLinkEntity,
    entry: ReviewLinkPostEntity,
    decision: ReviewLinkDecision.Approve | ReviewLinkDecision.RequestChanges,
  ): Promise<void> {
    const undecided = await saveLinkDecision(manager, entry, decision);
    if (undecided === 0) {
      await updateReviewLink(manager, link.id, { usedAt: new Date() });
    }
  }

  /** The link of a token, or REVIEW_LINK_INVALID for a forged or unknown one (the same answer). */
  private async find(token: string): Promise<FoundLink> {
    const hash = verifyReviewLinkToken(this.config.SIGNING_SECRET, token);
    if (!hash) throw new ReviewLinkException(ReviewLinkErrorReason.Invalid);
    const rows = await this.transactions.runSystem((manager) => findReviewLinkByHash(manager, hash));
    if (rows.length === 0) throw new ReviewLinkException(ReviewLinkErrorReason.Invalid);
    return { id: rows[0].id, agencyId: rows[0].agency_id, brandId: rows[0].brand_id };
  }

  private scopeOf(found: FoundLink): TenantScope {
    return { agencyId: found.agencyId, userId: null, brandIds: [found.brandId] };
  }

  private async usableLink(
    manager: EntityManager,
    found: FoundLink,
    lock: boolean,
  ): Promise<ReviewLinkEntity> {
    const link = await findReviewLink(manager, found.id, lock);
    if (!link) throw new ReviewLinkException(ReviewLinkErrorReason.Invalid);
    const status = statusOf(link);
    if (status !== ReviewLinkStatus.Active) throw new ReviewLinkException(REFUSALS[status]);
    return link;
  }
}
