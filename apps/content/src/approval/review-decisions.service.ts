import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ApprovalStepView,
  ContentEvents,
  Envelope,
  PostStatus,
  ReviewAction,
  ReviewDecisionKind,
  Role,
  RoundOutcome,
} from '@relais/contracts';
import { conflict, forbidden } from '@relais/server-errors';
import { Actor } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { recordTransition } from '../posts/post-transition.repository';
import { PostEntity } from '../posts/post.entity';
import { approvalEventData } from './approval-events';
import { ReviewRoundEntity } from './review-round.entity';
import { isLastStep, waitingStep } from './approval-steps';
import { advanceRound, closeRound, findOpenRound, insertDecision, readPolicy } from './review.repository';
import { updatePost } from '../posts/post.repository';
import { decide, TransitionContext, Verdict } from './transitions';

/** Who decides: a member in the console, or a client through a review link. */
export interface Reviewer {
  /** The member; null for a review link. */
  actor: Actor | null;
  role: Role;
  name: string | null;
  /** The review link decided through. */
  linkId: string | null;
  /** The envelope the events carry. */
  envelope: Envelope;
}

/** What the rules need, read from the locked post, its brand's policy and its open round. */
export async function transitionContext(
  manager: EntityManager,
  post: PostEntity,
  role: Role,
  userId: string | null,
): Promise<{ ctx: TransitionContext; round: ReviewRoundEntity | null }> {
  // One connection: the queries run one after the other.
  const policy = await readPolicy(manager, post.agencyId, post.brandId);
  const round = post.status === PostStatus.InReview ? await findOpenRound(manager, post.id) : null;
  return {
    round,
    ctx: {
      status: post.status,
      mode: policy.mode,
      step: waitingStep(round),
      lastStep: isLastStep(round),
      role,
      isSubmitter: round !== null && userId !== null && round.submittedBy === userId,
    },
  };
}

/** The verdict's status, or the refusal as FORBIDDEN or CONFLICT with its reason. */
export function allowedTo(verdict: Verdict): PostStatus {
  if (verdict.allowed) return verdict.to;
  throw verdict.refusal === 'forbidden' ? forbidden(verdict.reason) : conflict(verdict.reason);
}

export function stepRef(step: ApprovalStepView): ApprovalStepView {
  return { position: step.position, role: step.role, audience: step.audience };
}

/**
 * Approving and requesting changes at a round's waiting step, for the console and review links alike.
 * The caller holds the post's lock (`findVisiblePost(..., true)`) in the transaction it passes.
 */
@Injectable()
export class ReviewDecisionsService {
  constructor(private readonly outbox: Outbox) {}

  async approve(
    manager: EntityManager,
    reviewer: Reviewer,
    post: PostEntity,
    comment: string | null,
  ): Promise<void> {
    const { ctx, round } = await transitionContext(
      manager,
      post,
      reviewer.role,
      reviewer.actor?.userId ?? null,
    );
    const to = allowedTo(decide(ReviewAction.Approve, ctx));
    const open = round as ReviewRoundEntity;
    const step = ctx.step as ApprovalStepView;
    await this.saveDecision(manager, reviewer, open, step, ReviewDecisionKind.Approved, comment);
    const next = open.steps.find((candidate) => candidate.position === step.position + 1) ?? null;
    if (to === PostStatus.Approved) {
      await this.closeRound(manager, open, RoundOutcome.Approved);
    } else {
      await advanceRound(manager, open.id, step.position + 1);
    }
    const from = await this.move(manager, post, to);
    await this.record(manager, reviewer, post, 'approved', from, comment, {
      round: open.number,
      step: step.position,
    });
    await this.outbox.add(manager, {
      subject: ContentEvents.postApproved,
      envelope: reviewer.envelope,
      data: approvalEventData(post, {
        round: open.number,
        step: stepRef(step),
        ...(next && to === PostStatus.InReview ? { nextStep: stepRef(next) } : {}),
        actorName: reviewer.name,
        comment,
        viaLink: reviewer.linkId !== null,
      }),
    });
  }

  async requestChanges(
    manager: EntityManager,
    reviewer: Reviewer,
    post: PostEntity,
    comment: string,
  ): Promise<void> {
    const { ctx, round } = await transitionContext(
      manager,
      post,
      reviewer.role,
      reviewer.actor?.userId ?? null,
    );
    const to = allowedTo(decide(ReviewAction.RequestChanges, ctx));
    const open = round as ReviewRoundEntity;
    const step = ctx.step as ApprovalStepView;
    await this.saveDecision(manager, reviewer, open, step, ReviewDecisionKind.ChangesRequested, comment);
    await this.closeRound(manager, open, RoundOutcome.ChangesRequested);
    const from = await this.move(manager, post, to);
    await this.record(manager, reviewer, post, 'changes_requested', from, comment, {
      round: open.number,
      step: step.position,
    });
    await this.outbox.add(manager, {
      subject: ContentEvents.postChangesRequested,
      envelope: reviewer.envelope,
      data: approvalEventData(post, {
        round: open.number,
        step: stepRef(step),
        actorName: reviewer.name,
        comment,
        viaLink: reviewer.linkId !== null,
      }),
    });
  }

  async closeRound(manager: EntityManager, round: ReviewRoundEntity, outcome: RoundOutcome): Promise<void> {
    await closeRound(manager, round.id, outcome);
  }

  /** Sets the post's status and bumps its version; answers the status it had. */
  async move(manager: EntityManager, post: PostEntity, to: PostStatus): Promise<PostStatus> {
    const from = post.status;
    post.status = to;
    post.version += 1;
    await updatePost(manager, post.id, { status: to, version: post.version });
    return from;
  }

  async record(
    manager: EntityManager,
    reviewer: Reviewer,
    post: PostEntity,
    action: string,
    from: PostStatus,
    note: string | null,
    changes: Record<string, unknown> = {},
  ): Promise<void> {
    await recordTransition(manager, {
      post,
      action,
      from,
      to: post.status,
      actor: reviewer.actor,
      actorName: reviewer.name,
      via: reviewer.linkId ? 'review_link' : 'console',
      note,
      changes,
    });
  }

  private async saveDecision(
    manager: EntityManager,
    reviewer: Reviewer,
    round: ReviewRoundEntity,
    step: ApprovalStepView,
    decision: ReviewDecisionKind,
    comment: string | null,
  ): Promise<void> {
    await insertDecision(manager, {
      id: randomUUID(),
      agencyId: round.agencyId,
      brandId: round.brandId,
      roundId: round.id,
      postId: round.postId,
      position: step.position,
      role: step.role,
      decision,
      decidedBy: reviewer.actor?.userId ?? null,
      decidedByName: reviewer.name,
      via: reviewer.linkId ? 'review_link' : 'console',
      reviewLinkId: reviewer.linkId,
      comment,
    });
  }
}
