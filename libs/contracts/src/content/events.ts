import { Role } from '../roles';
import { ApprovalAudience } from './approval.payload';
import { CommentVisibility } from './comment.payload';
import { Network } from '../networks';
import { PostStatus } from './post-status';
import { RecurrenceView } from './schedule.payload';

/** A step of a review round, as events name it. */
export interface ApprovalStepRef {
  position: number;
  role: Role;
  audience: ApprovalAudience;
}

/**
 * What every post event carries (`ContentEvents.post*`). The approval flow adds the round, the step
 * concerned and, for decisions, the comment. `actorName` is the acting person's name (the recipient's
 * name for a client review link).
 */
export interface PostEventPayload {
  postId: string;
  brandId: string;
  title: string;
  status: PostStatus;
  version: number;
  authorId: string;
  scheduledAt: string | null;
  round?: number;
  /**
   * submitted: the first step, now waiting. approved, changes-requested: the step decided.
   * withdrawn: the step that was waiting.
   */
  step?: ApprovalStepRef;
  /** approved, when the round goes on: the step now waiting for a decision. */
  nextStep?: ApprovalStepRef;
  actorName?: string | null;
  /** The decision's comment, or the note of a submission. */
  comment?: string | null;
  /** Decided through a client review link. */
  viaLink?: boolean;
}

/** `evt.content.post.submitted.v1`: a round opened; `step` waits for a decision. */
export type PostSubmittedEvent = PostEventPayload & { round: number; step: ApprovalStepRef };
/** `evt.content.post.withdrawn.v1`: the round closed without a decision; the post is a draft again. */
export type PostWithdrawnEvent = PostEventPayload & { round: number };
/** `evt.content.post.approved.v1`: a step approved (the post is approved when no `nextStep`). */
export type PostApprovedEvent = PostEventPayload;
/** `evt.content.post.changes-requested.v1`: the round closed; `comment` says what to change. */
export type PostChangesRequestedEvent = PostEventPayload & {
  round: number;
  step: ApprovalStepRef;
  comment: string;
};
/** What goes out on one account: the exact text the network receives (`publishedText`). */
export interface PublishTargetSpec {
  accountId: string;
  network: Network;
  text: string;
  linkUrl: string | null;
  /** Posted as a reply under the post, where the network has one. */
  firstComment: string | null;
  mediaIds: string[];
  /**
   * The thread's parts after the first (`text`), each posted as a reply to the one before, each its own
   * idempotent step. Only for X, Bluesky and Mastodon (content folds a Facebook or LinkedIn second part into
   * `firstComment`). Absent in events written before threads existed: a single post.
   */
  threadParts?: string[];
  /**
   * The card of `linkUrl` (Open Graph / oEmbed, read by content), for the networks where the client
   * builds it (Bluesky `app.bsky.embed.external`, LinkedIn `content.article`); null without a link or
   * when the page has no card. Absent in events written before cards existed.
   */
  linkCard?: LinkCardSpec | null;
}

export interface LinkCardSpec {
  url: string;
  title: string;
  description: string;
  /** The card's picture, stored as a media file of the brand (its `sources` rendition is uploaded). */
  thumbnailMediaId: string | null;
}

/**
 * `evt.content.post.scheduled.v1`: the post goes out at `scheduledAt` (then by `recurrence`, computed
 * in `timezone`) on every target, with the content it has at this version. A later edit sends the post
 * back to draft and emits `post.cancelled` first.
 */
export type PostScheduledEvent = PostEventPayload & {
  scheduledAt: string;
  timezone: string;
  recurrence: RecurrenceView | null;
  targets: PublishTargetSpec[];
};
/** `evt.content.post.cancelled.v1`: a scheduled post must not go out any more. */
export type PostCancelledEvent = PostEventPayload;

/** `evt.content.comment.added.v1`. */
export interface CommentAddedEvent {
  commentId: string;
  postId: string;
  brandId: string;
  /** Null for a client writing through a review link. */
  authorId: string | null;
  authorName: string | null;
  visibility: CommentVisibility;
  /** User ids mentioned, each able to read the comment. */
  mentions: string[];
  /** The start of the comment. */
  excerpt: string;
  /** The comment answered, if any. */
  parentId?: string | null;
}
