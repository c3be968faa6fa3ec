import { EntityManager, IsNull } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApprovalMode, ApprovalStepView, RoundOutcome } from '@relais/contracts';
import { PostTransitionEntity } from '../posts/post-transition.entity';
import { ApprovalPolicyEntity } from './approval-policy.entity';
import { numberedSteps } from './approval-steps';
import { ReviewDecisionEntity } from './review-decision.entity';
import { ReviewRoundEntity } from './review-round.entity';

export interface CurrentPolicy {
  mode: ApprovalMode;
  steps: ApprovalStepView[];
  updatedAt: Date | null;
}

/** The brand's policy; `none` when it never set one. */
export async function readPolicy(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<CurrentPolicy> {
  const row = await manager.findOneBy(ApprovalPolicyEntity, { agencyId, brandId });
  if (!row) return { mode: ApprovalMode.None, steps: [], updatedAt: null };
  return {
    mode: row.mode,
    steps: numberedSteps(row.steps.map((step) => step.role)),
    updatedAt: row.updatedAt,
  };
}

/** The post's open round, locked with the post, if it is in review. */
export async function findOpenRound(
  manager: EntityManager,
  postId: string,
): Promise<ReviewRoundEntity | null> {
  return manager.findOne(ReviewRoundEntity, {
    where: { postId, closedAt: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });
}

export async function nextRoundNumber(manager: EntityManager, postId: string): Promise<number> {
  const rows = await manager.query<{ last: number | null }[]>(
    `SELECT max(number) AS last FROM content.review_rounds WHERE post_id = $1`,
    [postId],
  );
  return (rows[0]?.last ?? 0) + 1;
}

/** Everything a post's review shows: its rounds, their decisions and the post's history. */
export interface ReviewHistory {
  rounds: ReviewRoundEntity[];
  decisions: ReviewDecisionEntity[];
  transitions: PostTransitionEntity[];
}

export async function readReviewHistory(manager: EntityManager, postId: string): Promise<ReviewHistory> {
  // One connection per transaction: queries run one after the other.
  const rounds = await manager.find(ReviewRoundEntity, {
    where: { postId },
    order: { number: 'ASC' },
  });
  const decisions = await manager.find(ReviewDecisionEntity, {
    where: { postId },
    order: { decidedAt: 'ASC', position: 'ASC' },
  });
  const transitions = await manager.find(PostTransitionEntity, {
    where: { postId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  return { rounds, decisions, transitions };
}

/** Sets or replaces the brand's policy. */
export async function upsertPolicy(
  manager: EntityManager,
  policy: QueryDeepPartialEntity<ApprovalPolicyEntity>,
): Promise<void> {
  await manager.upsert(ApprovalPolicyEntity, policy, ['agencyId', 'brandId']);
}

export async function insertRound(
  manager: EntityManager,
  round: QueryDeepPartialEntity<ReviewRoundEntity>,
): Promise<void> {
  await manager.insert(ReviewRoundEntity, round);
}

/** Moves the round's waiting step to `position`. */
export async function advanceRound(manager: EntityManager, roundId: string, position: number): Promise<void> {
  await manager.update(ReviewRoundEntity, { id: roundId }, { currentPosition: position });
}

export async function closeRound(
  manager: EntityManager,
  roundId: string,
  outcome: RoundOutcome,
): Promise<void> {
  await manager.query(
    `UPDATE content.review_rounds SET closed_at = clock_timestamp(), outcome = $2, current_position = NULL WHERE id = $1`,
    [roundId, outcome],
  );
}

export async function insertDecision(
  manager: EntityManager,
  decision: QueryDeepPartialEntity<ReviewDecisionEntity>,
): Promise<void> {
  await manager.insert(ReviewDecisionEntity, decision);
}
