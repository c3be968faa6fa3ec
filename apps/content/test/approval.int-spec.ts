import {
  ApprovalMode,
  ApprovalPolicyView,
  AuthResult,
  BrandView,
  ContentEvents,
  ContentSubjects,
  DiffKind,
  ErrorCode,
  Network,
  PostReviewView,
  PostStatus,
  PostView,
  ReviewAction,
  Role,
  RoundOutcome,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

const FUTURE = '2031-06-01T09:00:00.000Z';

describe('content approval', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let am: AuthResult;
  let cm: AuthResult;
  let approver: AuthResult;
  let viewer: AuthResult;
  let brand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Approval Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure', { bannedWords: ['cheap'] });
    accounts = await connectAccounts(h, owner, brand.id, [Network.X, Network.LinkedIn]);
    am = await join(h, owner, { role: Role.AccountManager, name: 'Alice Manager' });
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id], name: 'Chloé Community' });
    approver = await join(h, owner, { role: Role.BrandApprover, brandIds: [brand.id], name: 'Bruno Brand' });
    viewer = await join(h, owner, { role: Role.BrandViewer, brandIds: [brand.id], name: 'Vera Viewer' });
  }, 180_000);
  afterAll(() => h?.close());

  const setPolicy = (actor: AuthResult, mode: ApprovalMode, roles: Role[]) =>
    h.call<ApprovalPolicyView>(ContentSubjects.approval.setPolicy, as(actor), {
      brandId: brand.id,
      mode,
      steps: roles.map((role) => ({ role })),
    });
  const move = (subject: string, actor: AuthResult, data: Record<string, unknown>) =>
    h.call<PostReviewView>(subject, as(actor), data);
  const draft = (baseText = 'Spring is here') =>
    createPost(h, cm, { brandId: brand.id, title: 'Spring', baseText, accountIds: [accounts[Network.X].id] });
  const eventsOf = (postId: string) =>
    h.sql<{ subject: string; data: Record<string, unknown> }>(
      `SELECT subject, payload->'data' AS data FROM content.outbox WHERE payload->'data'->>'postId' = $1 ORDER BY created_at, id`,
      [postId],
    );
  const postRow = async (postId: string) =>
    (
      await h.sql<{ status: string; version: number }>(
        'SELECT status, version FROM content.posts WHERE id = $1',
        [postId],
      )
    )[0];

  describe('policy', () => {
    it('is none until a brand sets one', async () => {
      const policy = await h.call<ApprovalPolicyView>(ContentSubjects.approval.getPolicy, as(viewer), {
        brandId: brand.id,
      });
      expect(policy).toEqual({ brandId: brand.id, mode: ApprovalMode.None, steps: [], updatedAt: null });
    });

    it('takes agency steps then the brand approver, numbered with their audience', async () => {
      const policy = await setPolicy(am, ApprovalMode.InternalThenClient, [
        Role.AccountManager,
        Role.BrandApprover,
      ]);
      expect(policy.steps).toEqual([
        { position: 1, role: Role.AccountManager, audience: 'agency' },
        { position: 2, role: Role.BrandApprover, audience: 'client' },
      ]);
      expect(policy.updatedAt).not.toBeNull();
    });

    it('is changed by owners, admins and account managers only', async () => {
      for (const actor of [cm, approver]) {
        const error = await failure(setPolicy(actor, ApprovalMode.None, []));
        expect(error).toMatchObject({
          code: ErrorCode.Forbidden,
          message: 'Only owners, admins and account managers can manage approval',
        });
      }
    });

    it('refuses steps that do not fit the mode, naming each', async () => {
      const error = await failure(
        setPolicy(owner, ApprovalMode.InternalThenClient, [Role.BrandApprover, Role.Analyst, Role.Owner]),
      );
      expect(error.code).toBe(ErrorCode.BadUserInput);
      expect(error.fields).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'steps.1.role', constraint: 'notApprover' }),
          expect.objectContaining({ field: 'steps.0.role', constraint: 'clientStepLast' }),
        ]),
      );
      const internal = await failure(setPolicy(owner, ApprovalMode.Internal, [Role.BrandApprover]));
      expect(internal.fields).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'steps.0.role', constraint: 'agencyOnly' }),
        ]),
      );
      const none = await failure(setPolicy(owner, ApprovalMode.None, [Role.Owner]));
      expect(none.fields).toEqual([expect.objectContaining({ field: 'steps', constraint: 'noSteps' })]);
    });
  });

  describe('a review', () => {
    let post: PostView;

    beforeAll(async () => {
      await setPolicy(owner, ApprovalMode.InternalThenClient, [Role.AccountManager, Role.BrandApprover]);
      post = await draft();
    });

    it('opens round 1 on submission, waiting for the account manager', async () => {
      const review = await move(ContentSubjects.approval.submit, cm, {
        postId: post.id,
        note: 'Ready for you',
      });
      expect(review).toMatchObject({
        status: PostStatus.InReview,
        round: 1,
        currentStep: { position: 1, role: Role.AccountManager, audience: 'agency' },
        allowedActions: [ReviewAction.Withdraw],
      });
      expect(review.rounds).toEqual([
        expect.objectContaining({
          number: 1,
          submittedByName: 'Chloé Community',
          outcome: null,
          changes: [],
        }),
      ]);
      expect(review.history.at(-1)).toMatchObject({
        action: 'submitted',
        from: PostStatus.Draft,
        to: PostStatus.InReview,
        actorName: 'Chloé Community',
        actorRole: Role.CommunityManager,
        note: 'Ready for you',
      });
      const events = await eventsOf(post.id);
      expect(events.at(-1)).toMatchObject({
        subject: ContentEvents.postSubmitted,
        data: {
          postId: post.id,
          status: 'in_review',
          round: 1,
          step: { position: 1, role: 'account_manager' },
        },
      });
    });

    it('keeps the steps it started with when the policy changes', async () => {
      await setPolicy(owner, ApprovalMode.Internal, [Role.Owner]);
      const review = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(am), {
        postId: post.id,
      });
      expect(review.currentStep).toMatchObject({ role: Role.AccountManager });
      expect(review.allowedActions).toEqual([
        ReviewAction.Withdraw,
        ReviewAction.Approve,
        ReviewAction.RequestChanges,
      ]);
      await setPolicy(owner, ApprovalMode.InternalThenClient, [Role.AccountManager, Role.BrandApprover]);
    });

    it('refuses the brand approver at the agency step, and the account manager at the client step', async () => {
      const early = await failure(move(ContentSubjects.approval.approve, approver, { postId: post.id }));
      expect(early).toMatchObject({
        code: ErrorCode.Forbidden,
        message: expect.stringContaining('the client reviews after it'),
      });

      const step1 = await move(ContentSubjects.approval.approve, am, {
        postId: post.id,
        comment: 'Good for me',
      });
      expect(step1).toMatchObject({
        status: PostStatus.InReview,
        currentStep: { position: 2, audience: 'client' },
      });
      const events = await eventsOf(post.id);
      expect(events.at(-1)).toMatchObject({
        subject: ContentEvents.postApproved,
        data: {
          step: { position: 1 },
          nextStep: { position: 2, role: 'brand_approver' },
          actorName: 'Alice Manager',
        },
      });

      const late = await failure(move(ContentSubjects.approval.approve, owner, { postId: post.id }));
      expect(late).toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'Only a brand approver can approve the client step',
      });
    });

    it('hides the agency’s decision comments from the client', async () => {
      const asClient = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(approver), {
        postId: post.id,
      });
      expect(asClient.rounds[0].decisions).toEqual([
        expect.objectContaining({ byName: 'Alice Manager', comment: null }),
      ]);
      const asAgency = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(cm), {
        postId: post.id,
      });
      expect(asAgency.rounds[0].decisions[0].comment).toBe('Good for me');
    });

    it('requires a comment to request changes, and closes the round', async () => {
      const blank = await failure(
        move(ContentSubjects.approval.requestChanges, approver, { postId: post.id, comment: '   ' }),
      );
      expect(blank).toMatchObject({
        code: ErrorCode.BadUserInput,
        fields: [expect.objectContaining({ field: 'comment' })],
      });

      const review = await move(ContentSubjects.approval.requestChanges, approver, {
        postId: post.id,
        comment: 'Say spring is finally here',
      });
      expect(review).toMatchObject({ status: PostStatus.ChangesRequested, currentStep: null, round: 1 });
      expect(review.rounds[0]).toMatchObject({ outcome: RoundOutcome.ChangesRequested });
      expect(review.rounds[0].decisions.at(-1)).toMatchObject({
        role: Role.BrandApprover,
        decision: 'changes_requested',
        byName: 'Bruno Brand',
        comment: 'Say spring is finally here',
      });
      expect((await eventsOf(post.id)).at(-1)).toMatchObject({
        subject: ContentEvents.postChangesRequested,
        data: { comment: 'Say spring is finally here', step: { audience: 'client' } },
      });
    });

    it('shows in round 2 what changed since round 1, word by word', async () => {
      const current = await h.call<PostView>(ContentSubjects.post.get, as(cm), { id: post.id });
      await h.call<PostView>(ContentSubjects.post.update, as(cm), {
        id: post.id,
        version: current.version,
        baseText: 'Spring is finally here',
      });
      const review = await move(ContentSubjects.approval.submit, cm, {
        postId: post.id,
        note: '  Shorter intro, as asked  ',
      });
      expect(review.round).toBe(2);
      const reread = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(am), {
        postId: post.id,
      });
      expect(reread.history.filter((entry) => entry.action === 'submitted').map((e) => e.note)).toEqual([
        'Ready for you',
        'Shorter intro, as asked',
      ]);
      const changes = review.rounds[1].changes;
      expect(changes).toEqual(
        expect.arrayContaining([
          {
            field: 'baseText',
            network: null,
            parts: [
              { kind: DiffKind.Same, text: 'Spring is ' },
              { kind: DiffKind.Added, text: 'finally ' },
              { kind: DiffKind.Same, text: 'here' },
            ],
          },
          expect.objectContaining({ field: 'text', network: Network.X }),
        ]),
      );
      const snapshots = await h.sql<{ number: number; snapshot: { baseText: string } }>(
        'SELECT number, snapshot FROM content.review_rounds WHERE post_id = $1 ORDER BY number',
        [post.id],
      );
      expect(snapshots.map((row) => row.snapshot.baseText)).toEqual([
        'Spring is here',
        'Spring is finally here',
      ]);
    });

    it('approves the post at the last step, then schedules it in the future only', async () => {
      await move(ContentSubjects.approval.approve, am, { postId: post.id });
      const approved = await move(ContentSubjects.approval.approve, approver, { postId: post.id });
      expect(approved).toMatchObject({ status: PostStatus.Approved, currentStep: null, allowedActions: [] });

      const past = await failure(
        move(ContentSubjects.approval.schedule, cm, {
          postId: post.id,
          scheduledAt: '2020-01-01T00:00:00.000Z',
        }),
      );
      expect(past).toMatchObject({
        code: ErrorCode.BadUserInput,
        fields: [expect.objectContaining({ field: 'scheduledAt', constraint: 'future' })],
      });

      const scheduled = await move(ContentSubjects.approval.schedule, cm, {
        postId: post.id,
        scheduledAt: FUTURE,
      });
      expect(scheduled.status).toBe(PostStatus.Scheduled);
      expect((await eventsOf(post.id)).at(-1)).toMatchObject({
        subject: ContentEvents.postScheduled,
        data: { scheduledAt: FUTURE, status: 'scheduled' },
      });
      const unscheduled = await move(ContentSubjects.approval.unschedule, cm, { postId: post.id });
      expect(unscheduled.status).toBe(PostStatus.Approved);
      expect((await eventsOf(post.id)).at(-1)).toMatchObject({ subject: ContentEvents.postCancelled });
    });

    it('records every move in order with who made it', async () => {
      const review = await h.call<PostReviewView>(ContentSubjects.approval.rounds, as(owner), {
        postId: post.id,
      });
      const moves = review.history.filter((entry) => entry.action !== 'created' && entry.action !== 'edited');
      expect(moves.map((entry) => [entry.action, entry.actorName])).toEqual([
        ['submitted', 'Chloé Community'],
        ['approved', 'Alice Manager'],
        ['changes_requested', 'Bruno Brand'],
        ['submitted', 'Chloé Community'],
        ['approved', 'Alice Manager'],
        ['approved', 'Bruno Brand'],
        ['scheduled', 'Chloé Community'],
        ['unscheduled', 'Chloé Community'],
      ]);
    });
  });

  it('answers a wrong state with CONFLICT naming it, and changes nothing', async () => {
    const post = await draft();
    const before = await postRow(post.id);
    const error = await failure(move(ContentSubjects.approval.approve, owner, { postId: post.id }));
    expect(error).toEqual({
      code: ErrorCode.Conflict,
      message: 'This post is a draft; only a post in review can be approved',
    });
    expect(await postRow(post.id)).toEqual(before);
  });

  it('lets the submitter or a manager withdraw, not another community manager', async () => {
    const otherCm = await join(h, owner, {
      role: Role.CommunityManager,
      brandIds: [brand.id],
      name: 'Other CM',
    });
    const post = await draft();
    await move(ContentSubjects.approval.submit, cm, { postId: post.id });
    const refused = await failure(move(ContentSubjects.approval.withdraw, otherCm, { postId: post.id }));
    expect(refused.code).toBe(ErrorCode.Forbidden);
    const withdrawn = await move(ContentSubjects.approval.withdraw, cm, { postId: post.id });
    expect(withdrawn).toMatchObject({
      status: PostStatus.Draft,
      rounds: [expect.objectContaining({ outcome: 'withdrawn' })],
    });
    expect((await eventsOf(post.id)).at(-1)).toMatchObject({
      subject: ContentEvents.postWithdrawn,
      data: { round: 1 },
    });
  });

  it('blocks a submission using a banned word of the brand', async () => {
    const post = await draft();
    await h.sql(`UPDATE content.posts SET base_text = 'A cheap trick' WHERE id = $1`, [post.id]);
    await h.sql(`UPDATE content.post_variants SET text = 'A cheap trick' WHERE post_id = $1`, [post.id]);
    const error = await failure(move(ContentSubjects.approval.submit, cm, { postId: post.id }));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields?.[0]).toMatchObject({ constraint: 'BANNED_WORD' });
    expect((await postRow(post.id)).status).toBe('draft');
  });

  it('without a policy, approves on submission and schedules a draft directly', async () => {
    await setPolicy(owner, ApprovalMode.None, []);
    const submitted = await draft();
    const approved = await move(ContentSubjects.approval.submit, cm, {
      postId: submitted.id,
      note: 'Good to go',
    });
    expect(approved).toMatchObject({ status: PostStatus.Approved, rounds: [] });
    expect(approved.history.at(-1)).toMatchObject({
      action: 'submitted',
      to: PostStatus.Approved,
      note: 'Good to go',
    });

    const direct = await draft();
    const scheduled = await move(ContentSubjects.approval.schedule, cm, {
      postId: direct.id,
      scheduledAt: FUTURE,
    });
    expect(scheduled.status).toBe(PostStatus.Scheduled);
    expect(scheduled.history.slice(-2).map((entry) => [entry.action, entry.to])).toEqual([
      ['approved', PostStatus.Approved],
      ['scheduled', PostStatus.Scheduled],
    ]);
    expect((await eventsOf(direct.id)).map((event) => event.subject).slice(-2)).toEqual([
      ContentEvents.postApproved,
      ContentEvents.postScheduled,
    ]);
  });

  it('keeps decisions append-only for the app role', async () => {
    await expect(
      h.sqlAsApp('DELETE FROM content.review_decisions', [], {
        agencyId: owner.claims.agencyId,
        brandIds: '*',
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
