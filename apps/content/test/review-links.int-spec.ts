import {
  ApprovalMode,
  AuthResult,
  BrandView,
  ContentEvents,
  ContentSubjects,
  CreatedReviewLinkView,
  ErrorCode,
  Network,
  PostReviewView,
  PostStatus,
  PostView,
  ReviewLinkDecision,
  ReviewLinkStatus,
  ReviewLinkView,
  ReviewPostView,
  ReviewSessionView,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { issueReviewLinkToken } from '../src/review-links/review-link-token';
import { anonymous, as, failure } from '@relais/server-testing';
import { ContentHarness, startContent, TEST_SIGNING_SECRET } from './support/content-harness';
import { connectAccounts, createBrand, createPost, insertMedia, join, signUp } from './support/fixtures';

describe('content review links', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let cm: AuthResult;
  let brand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    h = await startContent({
      env: { CONSOLE_URL: 'https://console.relais.test', REVIEW_LINK_TTL_HOURS: '48' },
    });
    owner = await signUp(h, 'Links Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure', { timezone: 'Europe/Paris' });
    accounts = await connectAccounts(h, owner, brand.id, [Network.X, Network.LinkedIn]);
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id], name: 'Chloé Community' });
    await h.call(ContentSubjects.approval.setPolicy, as(owner), {
      brandId: brand.id,
      mode: ApprovalMode.InternalThenClient,
      steps: [{ role: Role.AccountManager }, { role: Role.BrandApprover }],
    });
  }, 180_000);
  afterAll(() => h?.close());

  /** A post of the brand waiting for the client (submitted, then approved by the agency step). */
  async function awaitingClient(title: string, extra: Record<string, unknown> = {}): Promise<PostView> {
    const post = await createPost(h, cm, {
      brandId: brand.id,
      title,
      baseText: `${title} text`,
      accountIds: [accounts[Network.X].id, accounts[Network.LinkedIn].id],
      ...extra,
    });
    await h.call(ContentSubjects.approval.submit, as(cm), { postId: post.id });
    await h.call(ContentSubjects.approval.approve, as(owner), { postId: post.id });
    return post;
  }
  const createLink = (postIds: string[], extra: Record<string, unknown> = {}) =>
    h.call<CreatedReviewLinkView>(ContentSubjects.reviewLink.create, as(owner), {
      brandId: brand.id,
      postIds,
      recipientName: 'Hélène Garnier',
      recipientEmail: 'helene@verdure.example',
      ...extra,
    });
  const tokenOf = (created: CreatedReviewLinkView) => created.url.slice(created.url.lastIndexOf('/') + 1);
  const open = (token: string) =>
    h.call<ReviewSessionView>(ContentSubjects.reviewLink.open, anonymous(), { token });
  const decide = (token: string, postId: string, decision: ReviewLinkDecision, comment?: string) =>
    h.call<ReviewPostView>(ContentSubjects.reviewLink.decide, anonymous(), {
      token,
      postId,
      decision,
      comment,
    });

  it('creates a link for posts awaiting the client, keeping only a hash of its token', async () => {
    const post = await awaitingClient('Spring');
    const created = await createLink([post.id]);
    expect(created.url).toMatch(/^https:\/\/console\.relais\.test\/review\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    // No SMTP server here: the link is created all the same, for its creator to pass on.
    expect(created.emailSent).toBe(false);
    expect(created.link).toMatchObject({
      brandId: brand.id,
      postIds: [post.id],
      recipientName: 'Hélène Garnier',
      recipientEmail: 'helene@verdure.example',
      createdByName: 'Olivia Owner',
      status: ReviewLinkStatus.Active,
    });
    const hours = (Date.parse(created.link.expiresAt) - Date.parse(created.link.createdAt)) / 3_600_000;
    expect(hours).toBe(48);
    const stored = await h.sql<{ token_hash: Buffer }>(
      'SELECT token_hash FROM content.review_links WHERE id = $1',
      [created.link.id],
    );
    expect(stored[0].token_hash.length).toBe(32);
    expect(stored[0].token_hash.toString('utf8')).not.toContain(tokenOf(created).slice(0, 10));
  });

  it('refuses posts that are not waiting for the client, naming each', async () => {
    const ready = await awaitingClient('Ready');
    const draft = await createPost(h, cm, {
      brandId: brand.id,
      title: 'Draft',
      accountIds: [accounts[Network.X].id],
    });
    const error = await failure(createLink([ready.id, draft.id]));
    expect(error).toMatchObject({
      code: ErrorCode.BadUserInput,
      message: '“Draft” is not waiting for the client’s approval (it is a draft)',
      fields: [expect.objectContaining({ field: 'postIds.1', constraint: 'notAwaitingClient' })],
    });
    const missing = await failure(createLink([ready.id, '00000000-0000-4000-8000-00000000dead']));
    expect(missing).toMatchObject({ code: ErrorCode.NotFound, message: 'Post not found' });
    expect(await h.sql('SELECT 1 FROM content.review_links WHERE $1 = ANY(post_ids)', [draft.id])).toEqual(
      [],
    );
  });

  it('is created by owners, admins and account managers only', async () => {
    const post = await awaitingClient('Forbidden');
    const error = await failure(
      h.call(ContentSubjects.reviewLink.create, as(cm), {
        brandId: brand.id,
        postIds: [post.id],
        recipientName: 'X',
      }),
    );
    expect(error.code).toBe(ErrorCode.Forbidden);
  });

  it('shows the client its posts only, with each network’s text and media, and decides each once', async () => {
    const media = await insertMedia(h, owner, brand.id);
    const first = await awaitingClient('First', { mediaIds: [media] });
    const second = await awaitingClient('Second');
    const other = await awaitingClient('Not in the link');
    const created = await createLink([first.id, second.id]);
    const token = tokenOf(created);

    const session = await open(token);
    expect(session).toMatchObject({
      brandName: 'Maison Verdure',
      language: 'fr',
      recipientName: 'Hélène Garnier',
    });
    expect(session.posts.map((post) => post.title)).toEqual(['First', 'Second']);
    expect(session.posts[0]).toMatchObject({
      timezone: 'Europe/Paris',
      status: PostStatus.InReview,
      decision: null,
    });
    expect(session.posts[0].variants.map((variant) => variant.network)).toEqual([
      Network.X,
      Network.LinkedIn,
    ]);
    expect(session.posts[0].variants[0].media).toEqual([
      expect.objectContaining({ kind: 'image', url: expect.stringContaining('/media/files/') }),
    ]);

    const notMine = await failure(decide(token, other.id, ReviewLinkDecision.Approve));
    expect(notMine).toMatchObject({ code: ErrorCode.NotFound, message: 'Post not found' });

    const commented = await decide(token, first.id, ReviewLinkDecision.Comment, 'Lovely photo');
    expect(commented.comments).toEqual([
      expect.objectContaining({
        body: 'Lovely photo',
        authorName: 'Hélène Garnier',
        viaLink: true,
        authorId: null,
      }),
    ]);
    expect(commented.decision).toBeNull();

    const approved = await decide(token, first.id, ReviewLinkDecision.Approve);
    expect(approved).toMatchObject({ status: PostStatus.Approved, decision: ReviewLinkDecision.Approve });
    const again = await failure(decide(token, first.id, ReviewLinkDecision.RequestChanges, 'Wait'));
    expect(again).toMatchObject({
      code: ErrorCode.Conflict,
      message: 'You already reviewed this post through this link',
    });

    const review = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(owner), {
      postId: first.id,
    });
    expect(review.history.at(-1)).toMatchObject({
      action: 'approved',
      actorName: 'Hélène Garnier',
      viaLink: true,
    });
    expect(review.rounds[0].decisions.at(-1)).toMatchObject({
      byName: 'Hélène Garnier',
      viaLink: true,
      role: Role.BrandApprover,
    });
    const events = await h.sql<{ subject: string; envelope: { agencyId: string; userId: string | null } }>(
      `SELECT subject, payload->'envelope' AS envelope FROM content.outbox WHERE payload->'data'->>'postId' = $1 ORDER BY created_at DESC LIMIT 1`,
      [first.id],
    );
    expect(events[0]).toMatchObject({
      subject: ContentEvents.postApproved,
      envelope: { agencyId: owner.claims.agencyId, userId: null },
    });

    const blank = await failure(decide(token, second.id, ReviewLinkDecision.RequestChanges, ' '));
    expect(blank).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [expect.objectContaining({ field: 'comment' })],
    });
    const changes = await decide(token, second.id, ReviewLinkDecision.RequestChanges, 'Shorter, please');
    expect(changes.status).toBe(PostStatus.ChangesRequested);

    const used = await failure(open(token));
    expect(used.code).toBe(ErrorCode.ReviewLinkUsed);
    const links = await h.call<ReviewLinkView[]>(ContentSubjects.reviewLink.list, as(owner), {
      brandId: brand.id,
    });
    expect(links.find((link) => link.id === created.link.id)?.status).toBe(ReviewLinkStatus.Used);
  });

  it('answers forged and unknown tokens the same, and expired and revoked ones with their own code', async () => {
    const post = await awaitingClient('Refusals');
    const created = await createLink([post.id], { expiresInHours: 1 });
    const token = tokenOf(created);
    const [id, signature] = token.split('.');

    const forged = await failure(open(`${id}.${signature.slice(0, -2)}AA`));
    // Signed with the service's secret, but never stored.
    const unknown = await failure(open(issueReviewLinkToken(TEST_SIGNING_SECRET).token));
    expect(forged).toEqual({ code: ErrorCode.ReviewLinkInvalid, message: expect.any(String) });
    expect(unknown).toEqual(forged);

    await h.sql(
      `UPDATE content.review_links SET created_at = now() - interval '3 hours', expires_at = now() - interval '1 hour' WHERE id = $1`,
      [created.link.id],
    );
    expect((await failure(open(token))).code).toBe(ErrorCode.ReviewLinkExpired);
    expect((await failure(decide(token, post.id, ReviewLinkDecision.Approve))).code).toBe(
      ErrorCode.ReviewLinkExpired,
    );

    const fresh = await createLink([post.id]);
    const revoked = await h.call<ReviewLinkView>(ContentSubjects.reviewLink.revoke, as(owner), {
      id: fresh.link.id,
    });
    expect(revoked.status).toBe(ReviewLinkStatus.Revoked);
    expect((await failure(open(tokenOf(fresh)))).code).toBe(ErrorCode.ReviewLinkRevoked);
    expect(
      (await h.sql<{ status: string }>('SELECT status FROM content.posts WHERE id = $1', [post.id]))[0]
        .status,
    ).toBe('in_review');
  });

  it('refuses a decision once the post went back to the agency after the link was sent', async () => {
    const post = await awaitingClient('Back to the agency');
    const token = tokenOf(await createLink([post.id]));
    await h.call(ContentSubjects.approval.withdraw, as(owner), { postId: post.id });
    await h.call(ContentSubjects.approval.submit, as(cm), { postId: post.id });
    const error = await failure(decide(token, post.id, ReviewLinkDecision.Approve));
    expect(error).toEqual({
      code: ErrorCode.Conflict,
      message: 'This post is no longer waiting for your approval (it is back with the agency)',
    });
    const review = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(owner), {
      postId: post.id,
    });
    expect(review).toMatchObject({ status: PostStatus.InReview, round: 2, currentStep: { position: 1 } });
  });

  it('reaches a link before its tenant only through the narrow lookup function', async () => {
    const rows = await h.sqlAsApp('SELECT id FROM content.review_links');
    expect(rows).toEqual([]);
    const found = await h.sqlAsApp<{ agency_id: string }>(
      'SELECT agency_id FROM content.find_review_link($1)',
      [Buffer.alloc(32)],
    );
    expect(found).toEqual([]);
  });
});
