import type { Role } from '@relais/web-graphql';

/*
 * What the review components read, as the GraphQL contract of the approval API names it. The queries'
 * generated result types are assignable to these.
 */

export type PostStatusValue =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'CHANGES_REQUESTED'
  | 'APPROVED'
  | 'SCHEDULED'
  | 'PUBLISHED'
  | 'FAILED'
  | 'ARCHIVED';

export type ReviewActionValue =
  'SUBMIT' | 'WITHDRAW' | 'APPROVE' | 'REQUEST_CHANGES' | 'SCHEDULE' | 'UNSCHEDULE';
export type ApprovalAudienceValue = 'AGENCY' | 'CLIENT';
export type DiffKindValue = 'SAME' | 'ADDED' | 'REMOVED';

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
  network: string | null;
  parts: readonly DiffPartView[];
}

export interface ReviewDecisionView {
  position: number;
  role: Role | null;
  decision: string;
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
  outcome: string | null;
  decisions: readonly ReviewDecisionView[];
  changes: readonly FieldChangeView[];
}

export interface PostTransitionView {
  action: string;
  from: PostStatusValue | null;
  to: PostStatusValue | null;
  actorName: string | null;
  actorRole: Role | null;
  viaLink: boolean;
  note: string | null;
  at: string;
}

export type CommentVisibilityValue = 'INTERNAL' | 'SHARED';

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

export type ReviewLinkStatusValue = 'ACTIVE' | 'EXPIRED' | 'REVOKED' | 'USED';

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
