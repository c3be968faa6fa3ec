import {
  ApprovalAudience,
  ApprovalMode,
  ApprovalStepView,
  PostStatus,
  ReviewAction,
  Role,
} from '@relais/contracts';
import { allowedActions, decide, TransitionContext } from './transitions';

const ALL_ROLES = Object.values(Role);
const ALL_STATUSES = Object.values(PostStatus);
const ALL_MODES = Object.values(ApprovalMode);
const WRITERS = [Role.Owner, Role.Admin, Role.AccountManager, Role.CommunityManager];

const amStep: ApprovalStepView = {
  position: 1,
  role: Role.AccountManager,
  audience: ApprovalAudience.Agency,
};
const cmStep: ApprovalStepView = {
  position: 1,
  role: Role.CommunityManager,
  audience: ApprovalAudience.Agency,
};
const ownerStep: ApprovalStepView = { position: 1, role: Role.Owner, audience: ApprovalAudience.Agency };
const clientStep: ApprovalStepView = {
  position: 2,
  role: Role.BrandApprover,
  audience: ApprovalAudience.Client,
};

function ctx(overrides: Partial<TransitionContext>): TransitionContext {
  return {
    status: PostStatus.Draft,
    mode: ApprovalMode.InternalThenClient,
    step: null,
    lastStep: false,
    role: Role.CommunityManager,
    isSubmitter: false,
    ...overrides,
  };
}

function allowedRoles(action: ReviewAction, overrides: Partial<TransitionContext>): Role[] {
  return ALL_ROLES.filter((role) => decide(action, ctx({ ...overrides, role })).allowed);
}

describe('approval transitions', () => {
  describe('submit', () => {
    it.each([PostStatus.Draft, PostStatus.ChangesRequested])(
      'sends %s to review, for writers only',
      (status) => {
        expect(allowedRoles(ReviewAction.Submit, { status })).toEqual(WRITERS);
        expect(decide(ReviewAction.Submit, ctx({ status }))).toEqual({
          allowed: true,
          to: PostStatus.InReview,
        });
      },
    );

    it('approves at once when the brand has no policy', () => {
      expect(decide(ReviewAction.Submit, ctx({ mode: ApprovalMode.None }))).toEqual({
        allowed: true,
        to: PostStatus.Approved,
      });
    });

    it.each(ALL_STATUSES.filter((s) => s !== PostStatus.Draft && s !== PostStatus.ChangesRequested))(
      'refuses a post %s as a conflict naming its state',
      (status) => {
        const verdict = decide(ReviewAction.Submit, ctx({ status }));
        expect(verdict).toMatchObject({ allowed: false, refusal: 'conflict' });
        expect(verdict.allowed === false && verdict.reason).toMatch(/^This post is /);
      },
    );

    it('tells a brand user or analyst why they may not', () => {
      for (const role of [Role.Analyst, Role.BrandApprover, Role.BrandViewer]) {
        expect(decide(ReviewAction.Submit, ctx({ role }))).toEqual({
          allowed: false,
          refusal: 'forbidden',
          reason: 'Only owners, admins, account managers and community managers can submit a post for review',
        });
      }
    });
  });

  describe('withdraw', () => {
    const inReview = { status: PostStatus.InReview, step: amStep };

    it('is for the submitter, owners, admins and account managers', () => {
      expect(allowedRoles(ReviewAction.Withdraw, inReview)).toEqual([
        Role.Owner,
        Role.Admin,
        Role.AccountManager,
      ]);
      expect(decide(ReviewAction.Withdraw, ctx({ ...inReview, isSubmitter: true }))).toEqual({
        allowed: true,
        to: PostStatus.Draft,
      });
    });

    it('refuses another community manager with the reason', () => {
      const verdict = decide(ReviewAction.Withdraw, ctx(inReview));
      expect(verdict).toMatchObject({
        refusal: 'forbidden',
        reason: expect.stringContaining('submitted the post'),
      });
    });

    it('needs a post in review', () => {
      expect(
        decide(ReviewAction.Withdraw, ctx({ status: PostStatus.Approved, isSubmitter: true })),
      ).toMatchObject({
        refusal: 'conflict',
        reason: 'This post is approved; only a post in review can be withdrawn',
      });
    });
  });

  describe('approve and request changes', () => {
    it.each([ReviewAction.Approve, ReviewAction.RequestChanges])(
      '%s: an account manager step is for account managers, owners and admins',
      (action) => {
        expect(allowedRoles(action, { status: PostStatus.InReview, step: amStep })).toEqual([
          Role.Owner,
          Role.Admin,
          Role.AccountManager,
        ]);
      },
    );

    it.each([ReviewAction.Approve, ReviewAction.RequestChanges])(
      '%s: a community manager step is for community managers, owners and admins',
      (action) => {
        expect(allowedRoles(action, { status: PostStatus.InReview, step: cmStep })).toEqual([
          Role.Owner,
          Role.Admin,
          Role.CommunityManager,
        ]);
      },
    );

    it('an owner step is for owners and admins', () => {
      expect(allowedRoles(ReviewAction.Approve, { status: PostStatus.InReview, step: ownerStep })).toEqual([
        Role.Owner,
        Role.Admin,
      ]);
    });

    it.each([ReviewAction.Approve, ReviewAction.RequestChanges])(
      '%s: the client step is the brand approver’s only',
      (action) => {
        expect(allowedRoles(action, { status: PostStatus.InReview, step: clientStep })).toEqual([
          Role.BrandApprover,
        ]);
        expect(
          decide(action, ctx({ status: PostStatus.InReview, step: clientStep, role: Role.Owner })),
        ).toMatchObject({
          refusal: 'forbidden',
          reason: expect.stringMatching(/^Only a brand approver can .* the client step$/),
        });
      },
    );

    it('tells a brand approver that an agency step comes first', () => {
      const verdict = decide(
        ReviewAction.Approve,
        ctx({ status: PostStatus.InReview, step: amStep, role: Role.BrandApprover }),
      );
      expect(verdict).toEqual({
        allowed: false,
        refusal: 'forbidden',
        reason: "This step is the agency's (an account manager); the client reviews after it",
      });
    });

    it('approving the last step approves the post, an earlier one keeps it in review', () => {
      const base = { status: PostStatus.InReview, role: Role.AccountManager, step: amStep };
      expect(decide(ReviewAction.Approve, ctx({ ...base, lastStep: false }))).toEqual({
        allowed: true,
        to: PostStatus.InReview,
      });
      expect(decide(ReviewAction.Approve, ctx({ ...base, lastStep: true }))).toEqual({
        allowed: true,
        to: PostStatus.Approved,
      });
    });

    it('requesting changes sends the post back', () => {
      expect(
        decide(
          ReviewAction.RequestChanges,
          ctx({ status: PostStatus.InReview, step: clientStep, role: Role.BrandApprover }),
        ),
      ).toEqual({ allowed: true, to: PostStatus.ChangesRequested });
    });

    it.each(ALL_STATUSES.filter((s) => s !== PostStatus.InReview))(
      'refuses a post %s as a conflict',
      (status) => {
        expect(decide(ReviewAction.Approve, ctx({ status, role: Role.Owner, step: amStep }))).toMatchObject({
          refusal: 'conflict',
        });
        expect(
          decide(ReviewAction.RequestChanges, ctx({ status, role: Role.Owner, step: amStep })),
        ).toMatchObject({
          refusal: 'conflict',
        });
      },
    );
  });

  describe('schedule and unschedule', () => {
    it('schedules an approved post, for writers', () => {
      expect(allowedRoles(ReviewAction.Schedule, { status: PostStatus.Approved })).toEqual(WRITERS);
      expect(decide(ReviewAction.Schedule, ctx({ status: PostStatus.Approved }))).toEqual({
        allowed: true,
        to: PostStatus.Scheduled,
      });
    });

    it('schedules a draft directly only without a policy', () => {
      for (const mode of ALL_MODES) {
        const verdict = decide(ReviewAction.Schedule, ctx({ status: PostStatus.Draft, mode }));
        expect(verdict.allowed).toBe(mode === ApprovalMode.None);
      }
      expect(
        decide(ReviewAction.Schedule, ctx({ status: PostStatus.Draft, mode: ApprovalMode.Internal })),
      ).toMatchObject({
        refusal: 'conflict',
        reason: 'This post is a draft; it must be approved before it is scheduled',
      });
    });

    it('never schedules a post in review, published or archived', () => {
      for (const status of [
        PostStatus.InReview,
        PostStatus.Published,
        PostStatus.Archived,
        PostStatus.Scheduled,
      ]) {
        expect(
          decide(ReviewAction.Schedule, ctx({ status, mode: ApprovalMode.None, role: Role.Owner })),
        ).toMatchObject({
          refusal: 'conflict',
        });
      }
    });

    it('says what to do with a published or failed post instead of scheduling it again', () => {
      expect(
        decide(ReviewAction.Schedule, ctx({ status: PostStatus.Published, mode: ApprovalMode.None })),
      ).toEqual({
        allowed: false,
        refusal: 'conflict',
        reason: 'This post is published; it went out already; duplicate it to post it again',
      });
      expect(decide(ReviewAction.Schedule, ctx({ status: PostStatus.Failed }))).toEqual({
        allowed: false,
        refusal: 'conflict',
        reason:
          'This post is failed; retry the accounts that failed, or edit it (it goes back to draft) and schedule it again',
      });
    });

    it('unschedules a scheduled post back to approved, for writers', () => {
      expect(allowedRoles(ReviewAction.Unschedule, { status: PostStatus.Scheduled })).toEqual(WRITERS);
      expect(decide(ReviewAction.Unschedule, ctx({ status: PostStatus.Scheduled }))).toEqual({
        allowed: true,
        to: PostStatus.Approved,
      });
      expect(decide(ReviewAction.Unschedule, ctx({ status: PostStatus.Approved }))).toMatchObject({
        refusal: 'conflict',
        reason: 'This post is approved; only a scheduled post can be unscheduled',
      });
    });
  });

  describe('over every combination', () => {
    const steps = [null, amStep, cmStep, ownerStep, clientStep];
    const combos = ALL_STATUSES.flatMap((status) =>
      ALL_MODES.flatMap((mode) =>
        steps.flatMap((step) =>
          ALL_ROLES.flatMap((role) =>
            [true, false].map((isSubmitter) =>
              ctx({ status, mode, step, role, isSubmitter, lastStep: step === clientStep }),
            ),
          ),
        ),
      ),
    );

    it('allowedActions lists exactly the actions decide allows', () => {
      for (const c of combos) {
        const expected = Object.values(ReviewAction).filter((action) => decide(action, c).allowed);
        expect(allowedActions(c)).toEqual(expected);
      }
    });

    it('brand viewers and analysts can never move a post', () => {
      for (const c of combos.filter((c) => c.role === Role.BrandViewer || c.role === Role.Analyst)) {
        expect(allowedActions(c)).toEqual([]);
      }
    });

    it('published, failed and archived posts never move here (publishing sets those states)', () => {
      for (const c of combos.filter((c) =>
        [PostStatus.Published, PostStatus.Failed, PostStatus.Archived].includes(c.status),
      )) {
        expect(allowedActions(c)).toEqual([]);
      }
    });

    it('every refusal says why, in a sentence', () => {
      for (const c of combos) {
        for (const action of Object.values(ReviewAction)) {
          const verdict = decide(action, c);
          if (!verdict.allowed) expect(verdict.reason).toMatch(/^[A-Z].+[a-z)]$/);
        }
      }
    });
  });
});
