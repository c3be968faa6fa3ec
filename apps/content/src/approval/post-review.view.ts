import {
  ApprovalAudience,
  isBrandRole,
  PostReviewView,
  PostTransitionView,
  ReviewDecisionView,
  ReviewRoundView,
  Role,
} from '@relais/contracts';
import { PostEntity } from '../posts/post.entity';
import { PostTransitionEntity } from '../posts/post-transition.entity';
import { ReviewDecisionEntity } from './review-decision.entity';
import { ReviewRoundEntity } from './review-round.entity';
import { ReviewHistory } from './review.repository';
import { roundChanges } from './round-changes';
import { readFigures } from '../publishing-results/publication-outcome';
import { allowedActions, TransitionContext } from './transitions';

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function decisionView(
  row: ReviewDecisionEntity,
  clientView: boolean,
  step: ApprovalAudience | undefined,
): ReviewDecisionView {
  return {
    position: row.position,
    role: row.role,
    decision: row.decision,
    byName: row.decidedByName,
    viaLink: row.via === 'review_link',
    // What the agency's reviewers said among themselves is not the client's to read.
    comment: clientView && step === ApprovalAudience.Agency ? null : row.comment,
    decidedAt: row.decidedAt.toISOString(),
  };
}

function transitionView(row: PostTransitionEntity, clientView: boolean): PostTransitionView {
  const fromClient =
    row.via === 'review_link' || (row.actorRole !== null && isBrandRole(row.actorRole as Role));
  return {
    action: row.action,
    actorId: row.actorId,
    from: row.fromStatus,
    to: row.toStatus,
    actorName: row.actorName,
    actorRole: (row.actorRole as Role | null) ?? null,
    viaLink: row.via === 'review_link',
    note: clientView && !fromClient ? null : row.note,
    summary: clientView && !fromClient ? null : readFigures(row.changes['summary']),
    at: row.createdAt.toISOString(),
  };
}

/**
 * A post's review as a user with `role` may see it: status, waiting step, rounds with what changed,
 * history. `ctx` and `round` are the post's transition context and open round.
 */
export function postReviewView(
  post: PostEntity,
  role: Role,
  history: ReviewHistory,
  ctx: TransitionContext,
  round: ReviewRoundEntity | null,
): PostReviewView {
  const { rounds, decisions, transitions } = history;
  const clientView = isBrandRole(role);
  return {
    postId: post.id,
    status: post.status,
    currentStep: ctx.step,
    round: round?.number ?? rounds.at(-1)?.number ?? null,
    allowedActions: allowedActions(ctx),
    rounds: rounds.map((row, index): ReviewRoundView => ({
      number: row.number,
      version: row.version,
      submittedAt: row.submittedAt.toISOString(),
      submittedByName: row.submittedByName,
      closedAt: iso(row.closedAt),
      outcome: row.outcome,
      decisions: decisions
        .filter((decision) => decision.roundId === row.id)
        .map((decision) =>
          decisionView(
            decision,
            clientView,
            row.steps.find((step) => step.position === decision.position)?.audience,
          ),
        ),
      changes: index === 0 ? [] : roundChanges(rounds[index - 1].snapshot, row.snapshot),
    })),
    history: transitions.map((row) => transitionView(row, clientView)),
  };
}
