import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ApprovalMode,
  ApprovePostPayload,
  ContentEvents,
  PostReviewPayload,
  PostReviewView,
  PostStatus,
  RequestPostChangesPayload,
  ReviewAction,
  RoundOutcome,
  ScheduleMode,
  SchedulePostPayload,
  SubmitPostPayload,
} from '@relais/contracts';
import { badInput } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { BrandsClient } from '../brands/brands.client';
import { LinkCardsService } from '../link-cards';
import { PostEntity } from '../posts/post.entity';
import { findVisiblePost, loadStoredPost, updatePost } from '../posts/post.repository';
import { postLinks } from '../posts/post-scheduled-event';
import { PostSchedulingService } from '../posts/post-scheduling.service';
import { freeSlots, SLOT_MARGIN_MS } from '../slots/free-slots';
import { lockNextSlot, readSlotPlan } from '../slots/slot.repository';
import { ActorNames } from './actor-names';
import { approvalEventData } from './approval-events';
import { postReviewView } from './post-review.view';
import { snapshotOf } from './post-snapshot';
import { ReviewRoundEntity } from './review-round.entity';
import {
  allowedTo,
  Reviewer,
  ReviewDecisionsService,
  stepRef,
  transitionContext,
} from './review-decisions.service';
import { insertRound, nextRoundNumber, readPolicy, readReviewHistory } from './review.repository';
import { decide } from './transitions';
import { assertModeInput, recurrenceFrom } from './schedule-plan';
import { bannedWordErrors } from './submission-check';

/** Blank or whitespace: no comment. */
function text(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Moving a post through its review from the console. Each move is one transaction: the post locked,
 * the rules asked (`transitions.ts`), the round and decision saved, the status and version updated, the
 * transition recorded and the event written to the outbox.
 */
@Injectable()
export class ApprovalService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly names: ActorNames,
    private readonly decisions: ReviewDecisionsService,
    private readonly outbox: Outbox,
    private readonly linkCards: LinkCardsService,
    private readonly scheduling: PostSchedulingService,
  ) {}

  review(actor: Actor, payload: PostReviewPayload): Promise<PostReviewView> {
    return this.transactions.run(actor.scope, async (manager) =>
      this.reviewView(manager, actor, await findVisiblePost(manager, actor.agencyId, payload.postId)),
    );
  }

  async submit(actor: Actor, payload: SubmitPostPayload): Promise<PostReviewView> {
    const brandId = await this.transactions.run(
      actor.scope,
      async (manager) => (await findVisiblePost(manager, actor.agencyId, payload.postId)).brandId,
    );
    const [brand, reviewer] = await Promise.all([this.brands.brand(actor, brandId), this.reviewer(actor)]);
    const note = text(payload.note);
    return this.move(actor, payload.postId, async (manager, post) => {
      const { ctx } = await transitionContext(manager, post, actor.role, actor.userId);
      const to = allowedTo(decide(ReviewAction.Submit, ctx));
      const stored = await loadStoredPost(manager, post);
      const banned = bannedWordErrors(stored, brand.guidelines);
      if (banned.length > 0)
        throw badInput(banned, `The post uses a banned word of the brand: ${banned[0].message}`);

      if (ctx.mode === ApprovalMode.None) {
        const from = await this.decisions.move(manager, post, to);
        await this.decisions.record(manager, reviewer, post, 'submitted', from, note, { autoApproved: true });
        await this.outbox.add(manager, {
          subject: ContentEvents.postApproved,
          envelope: actor.envelope,
          data: approvalEventData(post, {
            actorName: reviewer.name,
            comment: note,
          }),
        });
        return;
      }
      const policy = await readPolicy(manager, post.agencyId, post.brandId);
      const number = await nextRoundNumber(manager, post.id);
      const from = await this.decisions.move(manager, post, to);
      await insertRound(manager, {
        id: randomUUID(),
        agencyId: post.agencyId,
        brandId: post.brandId,
        postId: post.id,
        number,
        version: post.version,
        snapshot: snapshotOf({ ...stored, post }),
        steps: policy.steps,
        currentPosition: 1,
        submittedBy: actor.userId,
        submittedByName: reviewer.name,
        note,
      });
      await this.decisions.record(manager, reviewer, post, 'submitted', from, note, { round: number });
      await this.outbox.add(manager, {
        subject: ContentEvents.postSubmitted,
        envelope: actor.envelope,
        data: approvalEventData(post, {
          round: number,
          step: stepRef(policy.steps[0]),
          actorName: reviewer.name,
          comment: note,
        }),
      });
    });
  }

  async withdraw(actor: Actor, payload: PostReviewPayload): Promise<PostReviewView> {
    const reviewer = await this.reviewer(actor);
    return this.move(actor, payload.postId, async (manager, post) => {
      const { ctx, round } = await transitionContext(manager, post, actor.role, actor.userId);
      const to = allowedTo(decide(ReviewAction.Withdraw, ctx));
      const open = round as ReviewRoundEntity;
      await this.decisions.closeRound(manager, open, RoundOutcome.Withdrawn);
      const from = await this.decisions.move(manager, post, to);
      await this.decisions.record(manager, reviewer, post, 'withdrawn', from, null, { round: open.number });
      await this.outbox.add(manager, {
        subject: ContentEvents.postWithdrawn,
        envelope: actor.envelope,
        data: approvalEventData(post, {
          round: open.number,
          ...(ctx.step ? { step: stepRef(ctx.step) } : {}),
          actorName: reviewer.name,
        }),
      });
    });
  }

  async approve(actor: Actor, payload: ApprovePostPayload): Promise<PostReviewView> {
    const reviewer = await this.reviewer(actor);
    return this.move(actor, payload.postId, (manager, post) =>
      this.decisions.approve(manager, reviewer, post, text(payload.comment)),
    );
  }

  async requestChanges(actor: Actor, payload: RequestPostChangesPayload): Promise<PostReviewView> {
    const comment = text(payload.comment);
    if (!comment) {
      throw badInput(
        [{ field: 'comment', message: 'say what should change', constraint: 'isNotEmpty' }],
        'Say what should change',
      );
    }
    const reviewer = await this.reviewer(actor);
    return this.move(actor, payload.postId, (manager, post) =>
      this.decisions.requestChanges(manager, reviewer, post, comment),
    );
  }

  async schedule(actor: Actor, payload: SchedulePostPayload): Promise<PostReviewView> {
    const mode = assertModeInput(payload);
    const { brandId, links } = await this.transactions.run(actor.scope, async (manager) => {
      const post = await findVisiblePost(manager, actor.agencyId, payload.postId);
      return { brandId: post.brandId, links: postLinks(await loadStoredPost(manager, post)) };
    });
    const [brand, reviewer] = await Promise.all([this.brands.brand(actor, brandId), this.reviewer(actor)]);
    // Cards older than a day are read again now, outside the transaction; a page that cannot be
    // read leaves its link without a card (logged), never stops the scheduling.
    await this.linkCards.refresh(actor, brandId, links);
    return this.move(actor, payload.postId, async (manager, post) => {
      const { ctx } = await transitionContext(manager, post, actor.role, actor.userId);
      const to = allowedTo(decide(ReviewAction.Schedule, ctx));
      await this.scheduling.assertPublishable(manager, post, brand.guidelines);
      const at = await this.firstSlot(manager, post, mode, payload, brand.timezone);
      const recurrence = recurrenceFrom(payload.recurrence, at, brand.timezone);
      if (post.status !== PostStatus.Approved) {
        // No policy: the post is approved on the way, and the history says so.
        const from = await this.decisions.move(manager, post, PostStatus.Approved);
        await this.decisions.record(manager, reviewer, post, 'approved', from, null, { autoApproved: true });
        await this.outbox.add(manager, {
          subject: ContentEvents.postApproved,
          envelope: actor.envelope,
          data: approvalEventData(post, {
            actorName: reviewer.name,
          }),
        });
      }
      const previous = post.scheduledAt;
      post.scheduledAt = at;
      post.recurrence = recurrence;
      await updatePost(manager, post.id, { scheduledAt: at, recurrence });
      const from = await this.decisions.move(manager, post, to);
      await this.decisions.record(manager, reviewer, post, 'scheduled', from, null, {
        scheduledAt: { from: previous ? previous.toISOString() : null, to: at.toISOString() },
        ...(mode !== ScheduleMode.At ? { mode } : {}),
        ...(recurrence ? { recurrence } : {}),
      });
      await this.outbox.add(manager, {
        subject: ContentEvents.postScheduled,
        envelope: actor.envelope,
        data: await this.scheduling.scheduledEvent(manager, post, brand.timezone, {
          actorName: reviewer.name,
        }),
      });
    });
  }

  /** The post's first slot for the mode: the time given (or kept), now, or the brand's next free slot. */
  private async firstSlot(
    manager: EntityManager,
    post: PostEntity,
    mode: ScheduleMode,
    payload: SchedulePostPayload,
    timezone: string,
  ): Promise<Date> {
    if (mode === ScheduleMode.Now) return new Date();
    if (mode === ScheduleMode.At) {
      const at = payload.scheduledAt ? new Date(payload.scheduledAt) : post.scheduledAt;
      assertFuture(at, payload.scheduledAt !== undefined);
      return at;
    }
    // One "next free slot" at a time per brand, so that two posts scheduled together get two slots.
    await lockNextSlot(manager, post.brandId);
    const after = new Date(Date.now() + SLOT_MARGIN_MS);
    const brand = { agencyId: post.agencyId, brandId: post.brandId, timezone };
    const [slot] = freeSlots(await readSlotPlan(manager, brand, after, post.id), timezone, after, 1);
    if (!slot) {
      throw badInput(
        [
          {
            field: 'mode',
            message: 'the brand has no posting slots; add some or choose a time',
            constraint: 'noPostingSlots',
          },
        ],
        'This brand has no posting slots yet: add them in the brand’s settings, or choose a time',
      );
    }
    return slot;
  }

  async unschedule(actor: Actor, payload: PostReviewPayload): Promise<PostReviewView> {
    const reviewer = await this.reviewer(actor);
    return this.move(actor, payload.postId, async (manager, post) => {
      const { ctx } = await transitionContext(manager, post, actor.role, actor.userId);
      const to = allowedTo(decide(ReviewAction.Unschedule, ctx));
      const from = await this.decisions.move(manager, post, to);
      await this.decisions.record(manager, reviewer, post, 'unscheduled', from, null);
      await this.outbox.add(manager, {
        subject: ContentEvents.postCancelled,
        envelope: actor.envelope,
        data: approvalEventData(post, {
          actorName: reviewer.name,
        }),
      });
    });
  }

  private async reviewer(actor: Actor): Promise<Reviewer> {
    return {
      actor,
      role: actor.role,
      name: await this.names.of(actor),
      linkId: null,
      envelope: actor.envelope,
    };
  }

  /** Locks the post, applies the change and answers the review as it now stands, in one transaction. */
  private move(
    actor: Actor,
    postId: string,
    change: (manager: EntityManager, post: PostEntity) => Promise<void>,
  ): Promise<PostReviewView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const post = await findVisiblePost(manager, actor.agencyId, postId, true);
      await change(manager, post);
      return this.reviewView(manager, actor, post);
    });
  }

  /** The post's review as the caller may see it. */
  private async reviewView(manager: EntityManager, actor: Actor, post: PostEntity): Promise<PostReviewView> {
    const history = await readReviewHistory(manager, post.id);
    const { ctx, round } = await transitionContext(manager, post, actor.role, actor.userId);
    return postReviewView(post, actor.role, history, ctx, round);
  }
}

function assertFuture(at: Date | null, given: boolean): asserts at is Date {
  if (!at) {
    throw badInput(
      [{ field: 'scheduledAt', message: 'choose when the post goes out', constraint: 'required' }],
      'Choose when the post goes out',
    );
  }
  if (at.getTime() <= Date.now()) {
    throw badInput(
      [
        {
          field: 'scheduledAt',
          message: given
            ? 'must be in the future'
            : 'the post’s slot has passed; choose a time in the future',
          constraint: 'future',
          params: { scheduledAt: at.toISOString() },
        },
      ],
      'A post can only be scheduled in the future',
    );
  }
}
