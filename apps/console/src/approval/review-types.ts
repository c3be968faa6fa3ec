import type {
  ApprovalAudience,
  DiffKind,
  Network,
  PostStatus,
  ReviewAction,
  ReviewDecisionKind,
  Role,
  RoundOutcome,
} from '@relais/web-graphql';
import type { PublicationSummary } from '../posts/publication-summary';

/*
 * What the review components read: only the fields they use, so that they can be shown with any query's
 * result that has them (the generated result types are assignable to these).
 */

export type PostStatusValue = PostStatus;
export type ReviewActionValue = ReviewAction;
export type ApprovalAudienceValue = ApprovalAudience;
export type DiffKindValue = DiffKind;

export interface ApprovalStepView {
  position: number;
  role: Role;
  audience: ApprovalAudienceValue;
}

export interface DiffPartView {
  kind: DiffKindValue;
  text: string;
}

export interface FieldChangeView {
  field: string;
  network: Network | null;
  parts: readonly DiffPartView[];
}

export interface ReviewDecisionView {
  position: number;
  role: Role | null;
  decision: ReviewDecisionKind;
  byName: string | null;
  viaLink: boolean;
  comment: string | null;
  decidedAt: string;
}

export interface ReviewRoundView {
  number: number;
  version: number;
  submittedAt: string;
  submittedByName: string | null;
  closedAt: string | null;
  outcome: RoundOutcome | null;
  decisions: readonly ReviewDecisionView[];
  changes: readonly FieldChangeView[];
}

export interface PostTransitionView {
  action: string;
  from: PostStatusValue | null;
  to: PostStatusValue;
  actorName: string | null;
  actorRole: Role | null;
  viaLink: boolean;
  note: string | null;
  /** A publishing outcome, to say in the reader's language rather than the English note. */
  summary: PublicationSummary | null;
  at: string;
}
