import {
  ApprovalAudience,
  CommentAddedEvent,
  CommentVisibility,
  ContentEvents,
  MemberView,
  NotificationKind,
  PostEventPayload,
  PostStatus,
  Role,
} from '@relais/contracts';
import {
  excerptOf,
  finalizePlan,
  planComment,
  planPostEvent,
  planPostFailed,
  reviewersOf,
  stepAwaitingReview,
} from './notification-plan';

const BRAND = 'b1';
const member = (userId: string, role: Role, brandIds: string[] = []): MemberView => ({
  id: `m-${userId}`,
  userId,
  name: userId,
  email: `${userId}@example.test`,
  role,
  brandIds,
  createdAt: '2030-01-01T00:00:00.000Z',
});
const post = (extra: Partial<PostEventPayload> = {}): PostEventPayload => ({
  postId: 'p1',
  brandId: BRAND,
  title: 'Spring',
  status: PostStatus.InReview,
  version: 2,
  authorId: 'author',
  scheduledAt: null,
  ...extra,
});
const step = (role: Role) => ({ position: 1, role, audience: ApprovalAudience.Agency });

describe('reviewersOf', () => {
  const members = [
    member('am', Role.AccountManager),
    member('cm-in', Role.CommunityManager, [BRAND]),
    member('cm-out', Role.CommunityManager, ['b2']),
    member('client-in', Role.BrandApprover, [BRAND]),
    member('client-out', Role.BrandApprover, ['b2']),
    member('owner', Role.Owner),
  ];

  it('takes agency roles across brands, community managers and clients only on their brands', () => {
    expect(reviewersOf(members, step(Role.AccountManager), BRAND)).toEqual(['am']);
    expect(reviewersOf(members, step(Role.CommunityManager), BRAND)).toEqual(['cm-in']);
    expect(reviewersOf(members, step(Role.BrandApprover), BRAND)).toEqual(['client-in']);
  });
});

describe('planPostEvent', () => {
  it('asks the reviewers of the submitted step, or of the next step after an approval', () => {
    const submitted = post({ step: step(Role.AccountManager) });
    expect(stepAwaitingReview(ContentEvents.postSubmitted, submitted)).toEqual(step(Role.AccountManager));
    expect(planPostEvent(ContentEvents.postSubmitted, submitted, ['r1', 'r2'])).toEqual([
      { recipientId: 'r1', kind: NotificationKind.ReviewRequested },
      { recipientId: 'r2', kind: NotificationKind.ReviewRequested },
    ]);
    const passedOn = post({ step: step(Role.AccountManager), nextStep: step(Role.BrandApprover) });
    expect(stepAwaitingReview(ContentEvents.postApproved, passedOn)).toEqual(step(Role.BrandApprover));
    expect(planPostEvent(ContentEvents.postApproved, passedOn, ['client'])).toEqual([
      { recipientId: 'client', kind: NotificationKind.ReviewRequested },
    ]);
  });

  it('tells the author when changes are requested, the post is approved or scheduled', () => {
    expect(planPostEvent(ContentEvents.postChangesRequested, post(), [])).toEqual([
      { recipientId: 'author', kind: NotificationKind.ChangesRequested },
    ]);
    expect(planPostEvent(ContentEvents.postApproved, post({ status: PostStatus.Approved }), [])).toEqual([
      { recipientId: 'author', kind: NotificationKind.PostApproved },
    ]);
    expect(planPostEvent(ContentEvents.postScheduled, post({ status: PostStatus.Scheduled }), [])).toEqual([
      { recipientId: 'author', kind: NotificationKind.PostScheduled },
    ]);
    expect(planPostEvent(ContentEvents.postUpdated, post(), ['r1'])).toEqual([]);
  });
});

describe('planComment', () => {
  const comment = (visibility: CommentVisibility, mentions: string[]): CommentAddedEvent => ({
    commentId: 'c2',
    postId: 'p1',
    brandId: BRAND,
    authorId: 'writer',
    authorName: 'Writer',
    visibility,
    mentions,
    excerpt: 'Looks good',
  });
  const roles = new Map<string, Role>([
    ['am', Role.AccountManager],
    ['author', Role.CommunityManager],
    ['client', Role.BrandApprover],
  ]);

  it('mentions first, then the author and the thread', () => {
    expect(planComment(comment(CommentVisibility.Shared, ['am']), 'author', ['client'], roles)).toEqual([
      { recipientId: 'am', kind: NotificationKind.Mentioned },
      { recipientId: 'author', kind: NotificationKind.Commented },
      { recipientId: 'client', kind: NotificationKind.Commented },
    ]);
  });

  it('keeps brand users and unknown people away from internal comments', () => {
    const planned = planComment(
      comment(CommentVisibility.Internal, ['client', 'stranger']),
      'author',
      [],
      roles,
    );
    expect(planned.map((item) => item.recipientId)).toEqual(['author']);
  });
});

describe('finalizePlan', () => {
  it('keeps the first reason per person and never notifies the actor', () => {
    expect(
      finalizePlan(
        [
          { recipientId: 'a', kind: NotificationKind.Mentioned },
          { recipientId: 'a', kind: NotificationKind.Commented },
          { recipientId: 'me', kind: NotificationKind.Commented },
        ],
        'me',
      ),
    ).toEqual([{ recipientId: 'a', kind: NotificationKind.Mentioned }]);
  });
});

describe('excerptOf', () => {
  it('collapses whitespace and shortens long texts', () => {
    expect(excerptOf('  a\n\n b  ')).toBe('a b');
    expect(excerptOf('   ')).toBeNull();
    expect(excerptOf(null)).toBeNull();
    const long = excerptOf('x'.repeat(400));
    expect(long).toHaveLength(280);
    expect(long?.endsWith('…')).toBe(true);
  });
});

describe('planPostFailed', () => {
  it('tells the author, and whoever scheduled the post when that is someone else', () => {
    expect(planPostFailed('author', 'am')).toEqual([
      { recipientId: 'author', kind: NotificationKind.PostFailed },
      { recipientId: 'am', kind: NotificationKind.PostFailed },
    ]);
    expect(planPostFailed('author', 'author')).toEqual([
      { recipientId: 'author', kind: NotificationKind.PostFailed },
    ]);
    expect(planPostFailed('author', null)).toEqual([
      { recipientId: 'author', kind: NotificationKind.PostFailed },
    ]);
  });
});
