import {
  ApprovalAudience,
  AuthResult,
  BrandView,
  ClientsSubjects,
  ContentEvent,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Locale,
  MarkedNotificationsView,
  Network,
  NotificationKind,
  NotificationView,
  Page,
  PostStatus,
  PostView,
  Role,
  UnreadNotificationCountView,
} from '@relais/contracts';
import { TenantTransactions, tenantScope } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { as, failure, SmtpInbox, waitFor } from '@relais/server-testing';
import { DigestService } from '../src/notifications/digest.service';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

describe('content notifications', () => {
  let inbox: SmtpInbox;
  let h: ContentHarness;
  let owner: AuthResult;
  let author: AuthResult;
  let reviewer: AuthResult;
  let englishReviewer: AuthResult;
  let otherCm: AuthResult;
  let approver: AuthResult;
  let brand: BrandView;
  let accountId: string;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    h = await startContent({
      env: {
        SMTP_URL: inbox.url,
        CONSOLE_URL: 'http://console.relais.test',
        DIGEST_INTERVAL_SECONDS: '3600',
        DIGEST_GRACE_SECONDS: '0',
      },
    });
    owner = await signUp(h, 'Notified Studio');
    brand = await createBrand(h, owner, 'Maison Verdure');
    const other = await createBrand(h, owner, 'Other Brand');
    accountId = (await connectAccounts(h, owner, brand.id, [Network.LinkedIn]))[Network.LinkedIn].id;
    author = await join(h, owner, {
      role: Role.CommunityManager,
      brandIds: [brand.id],
      name: 'Camille Author',
    });
    reviewer = await join(h, owner, { role: Role.AccountManager, name: 'Rémi Reviewer' });
    englishReviewer = await join(h, owner, { role: Role.AccountManager, name: 'Emma Reviewer' });
    await h.call(ClientsSubjects.user.updateProfile, as(englishReviewer), { locale: Locale.En });
    otherCm = await join(h, owner, { role: Role.CommunityManager, brandIds: [other.id] });
    approver = await join(h, owner, { role: Role.BrandApprover, brandIds: [brand.id], name: 'Bea Client' });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await inbox?.stop();
  });

  /** Writes a post event into the outbox as the approval flow does, in the actor's transaction. */
  async function emit(
    actor: AuthResult,
    subject: ContentEvent,
    post: PostView,
    extra: object,
  ): Promise<void> {
    const envelope = as(actor);
    await h.app.get(TenantTransactions).run(tenantScope(envelope), (manager) =>
      h.app.get(Outbox).add(manager, {
        subject,
        envelope,
        data: {
          postId: post.id,
          brandId: post.brandId,
          title: post.title,
          status: PostStatus.InReview,
          version: post.version,
          authorId: author.claims.userId,
          scheduledAt: null,
          round: 1,
          ...extra,
        },
      }),
    );
  }

  const submitted = (post: PostView) =>
    emit(author, ContentEvents.postSubmitted, post, {
      step: { position: 1, role: Role.AccountManager, audience: ApprovalAudience.Agency },
      actorName: 'Camille Author',
    });

  const list = (user: AuthResult, data: object = {}) =>
    h.call<Page<NotificationView>>(ContentSubjects.notification.list, as(user), data);
  const unread = async (user: AuthResult) =>
    (await h.call<UnreadNotificationCountView>(ContentSubjects.notification.unreadCount, as(user))).count;
  const waitForUnread = (user: AuthResult, count: number) =>
    waitFor(async () => (await unread(user)) === count, {
      timeoutMs: 20_000,
      description: `${count} unread notifications`,
    });

  let posts: PostView[];

  it('tells the reviewers of the waiting step about each submission, never the author or other roles', async () => {
    posts = [];
    for (const title of ['Spring launch', 'Summer sale', 'Autumn tips']) {
      posts.push(await createPost(h, author, { brandId: brand.id, title, accountIds: [accountId] }));
    }
    for (const post of posts) await submitted(post);

    await waitForUnread(reviewer, 3);
    await waitForUnread(englishReviewer, 3);
    const page = await list(reviewer);
    expect(page.totalCount).toBe(3);
    expect(page.items.map((n) => n.postTitle)).toEqual(['Autumn tips', 'Summer sale', 'Spring launch']);
    expect(page.items[0]).toMatchObject({
      kind: NotificationKind.ReviewRequested,
      postId: posts[2].id,
      brandId: brand.id,
      brandName: 'Maison Verdure',
      actorName: 'Camille Author',
      readAt: null,
    });
    for (const user of [author, owner, otherCm, approver]) expect(await unread(user)).toBe(0);
  });

  it('pages newest first and refuses a forged cursor', async () => {
    const first = await list(reviewer, { first: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const second = await list(reviewer, { first: 2, after: first.cursors[1] });
    expect(second.items.map((n) => n.postTitle)).toEqual(['Spring launch']);
    expect(second.hasNextPage).toBe(false);
    const bad = await failure(list(reviewer, { after: Buffer.from('["x","y"]').toString('base64url') }));
    expect(bad.code).toBe(ErrorCode.BadUserInput);
    expect(bad.fields?.[0].field).toBe('after');
  });

  it('marks one read for its recipient only; another user gets NOT_FOUND', async () => {
    const [notification] = (await list(englishReviewer)).items;
    const stolen = await failure(
      h.call(ContentSubjects.notification.markRead, as(reviewer), { id: notification.id }),
    );
    expect(stolen.code).toBe(ErrorCode.NotFound);
    const read = await h.call<NotificationView>(ContentSubjects.notification.markRead, as(englishReviewer), {
      id: notification.id,
    });
    expect(read.readAt).not.toBeNull();
    expect(await unread(englishReviewer)).toBe(2);
    expect(await unread(reviewer)).toBe(3);
    const unreadPage = await list(englishReviewer, { unreadOnly: true });
    expect(unreadPage.items.map((n) => n.id)).not.toContain(notification.id);
  });

  it('keeps rows to their recipient at the database level too', async () => {
    const tenant = { agencyId: owner.claims.agencyId, userId: reviewer.claims.userId, brandIds: '*' };
    const visible = await h.sqlAsApp<{ recipient_id: string }>(
      'SELECT recipient_id FROM content.notifications',
      [],
      tenant,
    );
    expect(visible.length).toBe(3);
    expect(new Set(visible.map((row) => row.recipient_id))).toEqual(new Set([reviewer.claims.userId]));
    const updated = await h.sqlAsApp(
      'UPDATE content.notifications SET read_at = now() WHERE recipient_id = $1 RETURNING id',
      [englishReviewer.claims.userId],
      tenant,
    );
    expect(updated).toHaveLength(0);
  });

  it('sends each reviewer one digest of their unread notifications, in their language, and never twice', async () => {
    const digests = h.app.get(DigestService);
    // Two passes at once, as two replicas would run them: the rows are claimed once.
    const passes = await Promise.all([digests.runOnce(), digests.runOnce()]);
    expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBe(2);

    const reviewerEmail = (await emailOf(reviewer)).toLowerCase();
    const [mail, ...more] = inbox.messagesTo(reviewerEmail);
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe('3 nouvelles notifications sur Relais');
    for (const post of posts) {
      expect(mail.text).toContain(`http://console.relais.test/posts/${post.id}`);
      expect(mail.html).toContain(`http://console.relais.test/posts/${post.id}`);
    }
    expect(mail.text).toContain('Camille Author attend votre validation');
    expect(mail.text).toContain('Maison Verdure · Spring launch');

    const [english, ...moreEnglish] = inbox.messagesTo((await emailOf(englishReviewer)).toLowerCase());
    expect(moreEnglish).toHaveLength(0);
    expect(english.subject).toBe('2 new notifications on Relais');
    expect(english.text).not.toContain(posts[2].id);

    const again = await digests.runOnce();
    expect(again.sent).toBe(0);
    expect(inbox.messages).toHaveLength(2);
    // The digest does not mark them read: the bell still shows them.
    expect(await unread(reviewer)).toBe(3);
  });

  it('tells the author about changes requested, approval and scheduling, with the reviewer’s comment', async () => {
    const post = posts[0];
    await emit(reviewer, ContentEvents.postChangesRequested, post, {
      status: PostStatus.ChangesRequested,
      step: { position: 1, role: Role.AccountManager, audience: ApprovalAudience.Agency },
      actorName: 'Rémi Reviewer',
      comment: 'Please   shorten\nthe first line.',
    });
    await emit(reviewer, ContentEvents.postApproved, posts[1], {
      status: PostStatus.Approved,
      step: { position: 1, role: Role.AccountManager, audience: ApprovalAudience.Agency },
      actorName: 'Rémi Reviewer',
    });
    await emit(reviewer, ContentEvents.postScheduled, posts[1], {
      status: PostStatus.Scheduled,
      scheduledAt: '2030-05-01T08:00:00.000Z',
      actorName: 'Rémi Reviewer',
    });
    await waitForUnread(author, 3);
    const kinds = (await list(author)).items.map((n) => [n.kind, n.excerpt]);
    expect(kinds).toEqual([
      [NotificationKind.PostScheduled, null],
      [NotificationKind.PostApproved, null],
      [NotificationKind.ChangesRequested, 'Please shorten the first line.'],
    ]);
    expect(await unread(reviewer)).toBe(3);
  });

  it('hands an approved step to the next step’s reviewers: the brand’s approvers', async () => {
    await emit(reviewer, ContentEvents.postApproved, posts[2], {
      step: { position: 1, role: Role.AccountManager, audience: ApprovalAudience.Agency },
      nextStep: { position: 2, role: Role.BrandApprover, audience: ApprovalAudience.Client },
      actorName: 'Rémi Reviewer',
    });
    await waitForUnread(approver, 1);
    const [notification] = (await list(approver)).items;
    expect(notification).toMatchObject({ kind: NotificationKind.ReviewRequested, postId: posts[2].id });
    // Not approved yet: the author hears nothing more.
    expect(await unread(author)).toBe(3);
  });

  it('tells mentioned members and the author about an internal comment, never the brand’s users', async () => {
    const before = await unread(author);
    await h.call(ContentSubjects.comment.add, as(reviewer), {
      postId: posts[0].id,
      body: 'Emma, can you double-check the date?',
      visibility: 'internal',
      mentionUserIds: [englishReviewer.claims.userId],
    });
    await waitForUnread(englishReviewer, 3);
    await waitForUnread(author, before + 1);
    const [mention] = (await list(englishReviewer)).items;
    expect(mention).toMatchObject({
      kind: NotificationKind.Mentioned,
      postId: posts[0].id,
      postTitle: 'Spring launch',
      actorName: 'Rémi Reviewer',
      excerpt: 'Emma, can you double-check the date?',
    });
    expect((await list(author)).items[0].kind).toBe(NotificationKind.Commented);
    expect(await unread(approver)).toBe(1);
  });

  it('tells the thread and the author about a client’s shared reply, looked up without the client’s rights', async () => {
    const root = await h.call<{ id: string }>(ContentSubjects.comment.add, as(englishReviewer), {
      postId: posts[1].id,
      body: 'Does this wording work for you?',
      visibility: 'shared',
    });
    const authorBefore = await unread(author);
    const englishBefore = await unread(englishReviewer);
    await h.call(ContentSubjects.comment.add, as(approver), {
      postId: posts[1].id,
      parentId: root.id,
      body: 'Yes, perfect.',
      visibility: 'shared',
    });
    await waitForUnread(englishReviewer, englishBefore + 1);
    await waitForUnread(author, authorBefore + 2);
    const [reply] = (await list(englishReviewer)).items;
    expect(reply).toMatchObject({
      kind: NotificationKind.Commented,
      actorName: 'Bea Client',
      excerpt: 'Yes, perfect.',
    });
    // The client is never told about their own comment.
    expect(await unread(approver)).toBe(1);
  });

  it('marks all read at once', async () => {
    const marked = await h.call<MarkedNotificationsView>(
      ContentSubjects.notification.markAllRead,
      as(reviewer),
    );
    expect(marked.count).toBe(3);
    expect(await unread(reviewer)).toBe(0);
    expect(await unread(englishReviewer)).toBe(4);
  });

  async function emailOf(user: AuthResult): Promise<string> {
    const rows = await h.sql<{ email: string }>('SELECT email FROM clients.users WHERE id = $1', [
      user.claims.userId,
    ]);
    return rows[0].email;
  }
});
