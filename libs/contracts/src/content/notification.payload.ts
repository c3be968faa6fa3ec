import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../pagination';
import { PublicationSummaryView } from './publication-summary';

/** Why someone is told about a post. */
export enum NotificationKind {
  /** A post waits for the recipient's review (submitted, or passed on to the recipient's step). */
  ReviewRequested = 'review_requested',
  /** A reviewer asked the author for changes. */
  ChangesRequested = 'changes_requested',
  PostApproved = 'post_approved',
  PostScheduled = 'post_scheduled',
  /** A post the recipient wrote failed on one account or more (the reason is on the post). */
  PostFailed = 'post_failed',
  /** The recipient was mentioned in a comment. */
  Mentioned = 'mentioned',
  /** Someone commented on a thread the recipient takes part in (author or earlier commenter). */
  Commented = 'commented',
}

export class ListNotificationsPayload extends PageArgs {
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

export class NotificationIdPayload {
  @IsUUID()
  id!: string;
}

/** One thing the signed-in user is told about. Dates are ISO strings. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  postId: string;
  brandId: string;
  brandName: string;
  postTitle: string;
  actorName: string | null;
  /** A short extract: the reviewer's comment, or the comment that mentioned the recipient. */
  excerpt: string | null;
  /** A failed post: the outcome's figures (the excerpt holds it in English). */
  summary: PublicationSummaryView | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadNotificationCountView {
  count: number;
}

/** How many notifications `markAllRead` marked. */
export interface MarkedNotificationsView {
  count: number;
}
