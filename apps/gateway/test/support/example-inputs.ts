import { REDIRECT_URI } from '../tenancy/connections.cases';
import { PASSWORD, Session } from './seed';
import { TenancyWorld } from './tenancy-world';
import { Examples } from './text-input-calls';

/** The seeded objects the example inputs name (the tenancy domains' seeds, by domain name). */
export interface InputWorld {
  world: TenancyWorld;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each domain seeds its own shape
  seeded: Record<string, any>;
  /** The token of a pending invitation's link. */
  invitationToken: string;
}

const YEAR = 365 * 24 * 3600 * 1000;

/**
 * A valid value for every String and ID a mutation may need, by `<InputType or mutation>.<field>` or
 * by field name, naming agency A's seeded objects. A mutation whose required text is not here fails
 * the input-safety suite until it is added.
 */
export function exampleInputs({ world: w, seeded, invitationToken }: InputWorld): Examples {
  const { posts, media, approval, ideas, notifications, publishing, connections } = seeded;
  return {
    // Arguments naming one object.
    'archiveBrand.id': w.brandA2.id,
    'restoreBrand.id': w.brandA2.id,
    'archiveCampaign.id': posts.campaignId,
    'archivePost.id': posts.postId,
    'restorePost.id': posts.postId,
    'deletePost.id': posts.postId,
    'deleteLabel.id': posts.labelId,
    'completeMediaUpload.id': media.pendingId,
    'deleteMedia.id': media.mediaId,
    'deletePostComment.id': approval.commentId,
    'disconnectSocialAccount.id': w.accountA1,
    'dismissIdea.id': ideas.ideaId,
    'markNotificationRead.id': notifications.notificationId,
    'refreshFeed.id': ideas.feedId,
    'removeFeed.id': ideas.feedId,
    'removeMember.id': w.memberA,
    'resendInvitation.id': w.invitationA,
    'revokeInvitation.id': w.invitationA,
    'retryPublication.id': publishing.publicationId,
    'revokeReviewLink.id': approval.linkId,
    'revokeConnectLink.id': connections.linkId,
    'unschedulePost.postId': publishing.postId,
    'withdrawPost.postId': approval.postId,
    'AssignBrandsInput.id': w.memberA,
    'ChangeMemberRoleInput.id': w.memberA,
    'EditPostCommentInput.id': approval.commentId,
    'UpdateBrandInput.id': w.brandA1.id,
    'UpdateCampaignInput.id': posts.campaignId,
    'UpdateLabelInput.id': posts.labelId,
    'UpdateMediaInput.id': media.mediaId,
    'UpdatePostInput.id': posts.postId,
    // Ids an input refers to.
    brandId: w.brandA1.id,
    brandIds: [w.brandA1.id],
    postId: posts.postId,
    postIds: [approval.postId],
    'DecideViaReviewLinkInput.postId': approval.postB,
    'ReschedulePostInput.postId': posts.postId,
    'SchedulePostInput.postId': posts.postId,
    accountIds: [w.accountA1],
    accountId: w.accountA1,
    connectionId: connections.connectionId,
    mediaIds: [media.mediaId],
    labelIds: [posts.labelId],
    campaignId: posts.campaignId,
    ideaId: ideas.ideaId,
    parentId: approval.commentId,
    mentionUserIds: [w.cmA1.userId],
    agencyId: w.ownerA.agencyId,
    // Secrets and credentials.
    'AcceptInvitationInput.token': invitationToken,
    'DecideViaReviewLinkInput.token': approval.tokenB,
    refreshToken: w.ownerA.auth.refreshToken,
    linkToken: connections.tokenB,
    appPassword: 'abcd-efgh-ijkl-mnop',
    password: PASSWORD,
    currentPassword: PASSWORD,
    newPassword: `${PASSWORD}-renewed`,
    // Texts.
    email: 'someone@relais.test',
    recipientEmail: 'client@relais.test',
    name: 'Maison Verdure',
    agencyName: 'Agence Verdure',
    recipientName: 'Client of A1',
    displayName: 'Maison Verdure',
    title: 'Spring launch',
    baseText: 'Spring is here',
    text: 'Spring is here',
    firstComment: 'More in the comments',
    threadParts: ['And here is why'],
    body: 'Looks good',
    comment: 'Looks good',
    note: 'Ready for review',
    altText: 'A green leaf',
    toneNotes: 'Warm, never smug.',
    bannedWords: ['cheap'],
    requiredHashtags: ['verdure'],
    targetMarkets: ['FR'],
    timezone: 'Europe/Paris',
    slug: 'maison-verdure',
    color: '#2F9E44',
    startsOn: '2031-01-01',
    endsOn: '2031-12-31',
    until: '2031-12-31',
    time: '09:30',
    url: 'https://feeds.example/rss.xml',
    linkUrl: 'https://verdure.example/spring',
    instanceUrl: 'https://mastodon.example',
    pdsUrl: 'https://bsky.example',
    redirectUri: REDIRECT_URI,
    state: 'state-of-a-connection-0000',
    code: 'authorization-code-1',
    error: 'access_denied',
    errorDescription: 'The person refused',
    identifier: 'verdure.bsky.social',
    externalIds: ['page-1'],
    handle: '@verdure',
    externalId: 'external-1',
    contentType: 'image/png',
    fileName: 'leaf.png',
    idempotencyKey: 'idempotency-key-1',
    // Other scalars whose type alone does not give a valid value.
    scheduledAt: new Date(Date.now() + YEAR).toISOString(),
    expiresAt: new Date(Date.now() + YEAR).toISOString(),
    sizeBytes: 1024,
    role: 'ANALYST',
    'SetApprovalPolicyInput.mode': 'NONE',
  };
}

/** Who runs a mutation: anyone for the public ones, the person it concerns, else agency A's owner. */
export function actorFor(mutation: string, w: TenancyWorld): Session | null {
  switch (mutation) {
    case 'signUp':
    case 'signIn':
    case 'refreshSession':
    case 'signOut':
    case 'acceptInvitation':
    case 'decideViaReviewLink':
      return null;
    case 'markNotificationRead':
      return w.cmA1;
    default:
      return w.ownerA;
  }
}
