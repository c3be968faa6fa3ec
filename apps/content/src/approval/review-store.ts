import { EntityManager, IsNull } from 'typeorm';
import { ApprovalMode, ApprovalStepView } from '@relais/contracts';
import { ApprovalPolicyEntity } from './approval-policy.entity';
import { numberedSteps } from './approval-steps';
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

/** The step waiting for a decision in a round. */
export function waitingStep(round: ReviewRoundEntity | null): ApprovalStepView | null {
  if (!round || round.currentPosition === null) return null;
  return round.steps.find((step) => step.position === round.currentPosition) ?? null;
}

export function isLastStep(round: ReviewRoundEntity | null): boolean {
  return round !== null && round.currentPosition === round.steps.length;
}

export async function nextRoundNumber(manager: EntityManager, postId: string): Promise<number> {
  const rows = await manager.query<{ last: number | null }[]>(
    `SELECT max(number) AS last FROM content.review_rounds WHERE post_id = $1`,
    [postId],
  );
  return (rows[0]?.last ?? 0) + 1;
}
