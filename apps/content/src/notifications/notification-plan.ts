import {
  ApprovalStepRef,
  CommentAddedEvent,
  CommentVisibility,
  ContentEvents,
  isBrandRole,
  MemberView,
  NotificationKind,
  PostEventPayload,
  PostStatus,
  Role,
} from '@relais/contracts';

/** One notification to write: who gets it and why. */
export interface PlannedNotification {
  recipientId: string;
  kind: NotificationKind;
}

/** Whether a member holds `role` on `brandId`: community managers and brand users only on their brands. */
export function holdsRoleOnBrand(member: MemberView, role: Role, brandId: string): boolean {
  if (member.role !== role) return false;
  if (role === Role.CommunityManager || isBrandRole(role)) return member.brandIds.includes(brandId);
  return true;
}

/** The members who must act on a review step of the brand's post. */
export function reviewersOf(
  members: readonly MemberView[],
  step: ApprovalStepRef,
  brandId: string,
): string[] {
  return members.filter((member) => holdsRoleOnBrand(member, step.role, brandId)).map((m) => m.userId);
}

/** The review step a post event hands to someone: the submitted step, or the next one after an approval. */
export function stepAwaitingReview(subject: string, event: PostEventPayload): ApprovalStepRef | null {
  if (subject === ContentEvents.postSubmitted) return event.step ?? null;
  if (subject === ContentEvents.postApproved) return event.nextStep ?? null;
  return null;
}

/**
 * Who a post event notifies, before removing the actor: the reviewers of the step now waiting, or the
 * author when reviewers asked for changes, when the post ends up approved, and when it is scheduled.
 */
export function planPostEvent(
  subject: string,
  event: PostEventPayload,
  reviewers: readonly string[],
): PlannedNotification[] {
  switch (subject) {
    case ContentEvents.postSubmitted:
      return reviewers.map((recipientId) => ({ recipientId, kind: NotificationKind.ReviewRequested }));
    case ContentEvents.postApproved: {
      const next = reviewers.map((recipientId) => ({ recipientId, kind: NotificationKind.ReviewRequested }));
      return event.status === PostStatus.Approved && !event.nextStep
        ? [...next, { recipientId: event.authorId, kind: NotificationKind.PostApproved }]
        : next;
    }
    case ContentEvents.postChangesRequested:
      return [{ recipientId: event.authorId, kind: NotificationKind.ChangesRequested }];
    case ContentEvents.postScheduled:
      return [{ recipientId: event.authorId, kind: NotificationKind.PostScheduled }];
    default:
      return [];
  }
}

/**
 * Who hears that a post failed to publish: its author, and whoever scheduled it when that is someone
 * else. The system moved it, so no one is left out as the actor.
 */
export function planPostFailed(authorId: string, schedulerId: string | null): PlannedNotification[] {
  const planned = [{ recipientId: authorId, kind: NotificationKind.PostFailed }];
  if (schedulerId) planned.push({ recipientId: schedulerId, kind: NotificationKind.PostFailed });
  return finalizePlan(planned, null);
}

/**
 * Who a comment notifies: the members it mentions, then the post's author and the earlier commenters
 * of its thread. Internal comments never reach brand users; `roles` holds what is known of each
 * user's role (an internal comment's recipient whose role is unknown is left out).
 */
export function planComment(
  event: CommentAddedEvent,
  postAuthorId: string,
  threadParticipants: readonly string[],
  roles: ReadonlyMap<string, Role>,
): PlannedNotification[] {
  const planned = [
    ...event.mentions.map((recipientId) => ({ recipientId, kind: NotificationKind.Mentioned })),
    { recipientId: postAuthorId, kind: NotificationKind.Commented },
    ...threadParticipants.map((recipientId) => ({ recipientId, kind: NotificationKind.Commented })),
  ];
  if (event.visibility === CommentVisibility.Shared) return planned;
  return planned.filter((item) => {
    const role = roles.get(item.recipientId);
    return role !== undefined && !isBrandRole(role);
  });
}

/** One notification per recipient (the first reason wins), never to the person who acted. */
export function finalizePlan(
  planned: readonly PlannedNotification[],
  actorId: string | null,
): PlannedNotification[] {
  const seen = new Set<string>();
  const result: PlannedNotification[] = [];
  for (const item of planned) {
    if (item.recipientId === actorId || seen.has(item.recipientId)) continue;
    seen.add(item.recipientId);
    result.push(item);
  }
  return result;
}

const EXCERPT_LENGTH = 280;

/** A short, single-spaced extract for the notification and the e-mail. */
export function excerptOf(text: string | null | undefined): string | null {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}
