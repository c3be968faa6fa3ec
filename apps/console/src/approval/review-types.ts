import type {
  ApprovalAudience,
  CommentVisibility,
  DiffKind,
  Network,
  PostStatus,
  ReviewAction,
  ReviewDecisionKind,
  ReviewLinkStatus,
  Role,
  RoundOutcome,
} from '@relais/web-graphql';

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
  at: string;
}

export type CommentVisibilityValue = CommentVisibility;

export interface PostCommentView {
  id: string;
  postId: string;
  parentId: string | null;
  body: string;
  visibility: CommentVisibilityValue;
  authorId: string | null;
  authorName: string | null;
  authorRole: Role | null;
  viaLink: boolean;
  mentions: readonly string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

/** What a new comment carries. */
export interface NewComment {
  body: string;
  visibility: CommentVisibilityValue;
  mentionUserIds: string[];
  parentId: string | null;
}

export type ReviewLinkStatusValue = ReviewLinkStatus;

export interface ReviewLinkView {
  id: string;
  postIds: readonly string[];
  recipientName: string;
  recipientEmail: string | null;
  expiresAt: string;
  createdAt: string;
  createdByName: string | null;
  status: ReviewLinkStatusValue;
}
