import {
  ApprovalAudience,
  ApprovalMode,
  ApprovalStepView,
  PostStatus,
  ReviewAction,
  Role,
} from '@relais/contracts';
import { roleName } from './approval-steps';

/** Everything the approval flow's rules look at. Pure data: the caller reads it from the post and its round. */
export interface TransitionContext {
  status: PostStatus;
  /** The brand's policy now (what a submission would run with). */
  mode: ApprovalMode;
  /** The open round's waiting step (in review only). */
  step: ApprovalStepView | null;
  /** Whether `step` is the round's last step. */
  lastStep: boolean;
  role: Role;
  /** Whether the actor submitted the open round. */
  isSubmitter: boolean;
}

export type Verdict =
  { allowed: true; to: PostStatus } | { allowed: false; refusal: 'forbidden' | 'conflict'; reason: string };

const WRITERS: readonly Role[] = [Role.Owner, Role.Admin, Role.AccountManager, Role.CommunityManager];
/** May withdraw any post from review, not only the one they submitted. */
const REVIEW_MANAGERS: readonly Role[] = [Role.Owner, Role.Admin, Role.AccountManager];
/** May decide any agency step (never a client step). */
const AGENCY_OVERSEERS: readonly Role[] = [Role.Owner, Role.Admin];

const STATUS_NAMES: Record<PostStatus, string> = {
  [PostStatus.Draft]: 'a draft',
  [PostStatus.InReview]: 'in review',
  [PostStatus.ChangesRequested]: 'waiting for changes',
  [PostStatus.Approved]: 'approved',
  [PostStatus.Scheduled]: 'scheduled',
  [PostStatus.Published]: 'published',
  [PostStatus.Failed]: 'failed',
  [PostStatus.Archived]: 'archived',
};

/** "in review", "a draft": the state as a sentence names it. */
export function statusName(status: PostStatus): string {
  return STATUS_NAMES[status];
}

const allow = (to: PostStatus): Verdict => ({ allowed: true, to });
const forbid = (reason: string): Verdict => ({ allowed: false, refusal: 'forbidden', reason });
const wrongState = (status: PostStatus, expected: string): Verdict => ({
  allowed: false,
  refusal: 'conflict',
  reason: `This post is ${statusName(status)}; ${expected}`,
});

const WRITERS_ONLY = 'Only owners, admins, account managers and community managers can';

function submit(ctx: TransitionContext): Verdict {
  if (!WRITERS.includes(ctx.role)) return forbid(`${WRITERS_ONLY} submit a post for review`);
  if (ctx.status !== PostStatus.Draft && ctx.status !== PostStatus.ChangesRequested) {
    return wrongState(ctx.status, 'only a draft or a post sent back for changes can be submitted');
  }
  return allow(ctx.mode === ApprovalMode.None ? PostStatus.Approved : PostStatus.InReview);
}

function withdraw(ctx: TransitionContext): Verdict {
  if (ctx.status !== PostStatus.InReview)
    return wrongState(ctx.status, 'only a post in review can be withdrawn');
  const ownSubmission = ctx.isSubmitter && WRITERS.includes(ctx.role);
  if (!ownSubmission && !REVIEW_MANAGERS.includes(ctx.role)) {
    return forbid(
      'Only the person who submitted the post, an owner, an admin or an account manager can withdraw it',
    );
  }
  return allow(PostStatus.Draft);
}

/** Who may decide the waiting step, approving or requesting changes. */
function mayDecide(ctx: TransitionContext, verb: string): Verdict | null {
  const step = ctx.step;
  if (!step) return wrongState(ctx.status, 'it has no step waiting for a decision');
  if (step.audience === ApprovalAudience.Client) {
    return ctx.role === Role.BrandApprover
      ? null
      : forbid(`Only a brand approver can ${verb} the client step`);
  }
  if (ctx.role === step.role || AGENCY_OVERSEERS.includes(ctx.role)) return null;
  if (ctx.role === Role.BrandApprover) {
    return forbid(`This step is the agency's (${roleName(step.role)}); the client reviews after it`);
  }
  return forbid(`Only ${roleName(step.role)}, an owner or an admin can ${verb} this step`);
}

function approve(ctx: TransitionContext): Verdict {
  if (ctx.status !== PostStatus.InReview)
    return wrongState(ctx.status, 'only a post in review can be approved');
  return mayDecide(ctx, 'approve') ?? allow(ctx.lastStep ? PostStatus.Approved : PostStatus.InReview);
}

function requestChanges(ctx: TransitionContext): Verdict {
  if (ctx.status !== PostStatus.InReview) {
    return wrongState(ctx.status, 'changes can only be requested on a post in review');
  }
  return mayDecide(ctx, 'request changes at') ?? allow(PostStatus.ChangesRequested);
}

function schedule(ctx: TransitionContext): Verdict {
  if (!WRITERS.includes(ctx.role)) return forbid(`${WRITERS_ONLY} schedule a post`);
  if (ctx.status === PostStatus.Approved) return allow(PostStatus.Scheduled);
  const unreviewed = ctx.status === PostStatus.Draft || ctx.status === PostStatus.ChangesRequested;
  if (unreviewed && ctx.mode === ApprovalMode.None) return allow(PostStatus.Scheduled);
  if (ctx.status === PostStatus.Published) {
    return wrongState(ctx.status, 'it went out already; duplicate it to post it again');
  }
  if (ctx.status === PostStatus.Failed) {
    return wrongState(
      ctx.status,
      'retry the accounts that failed, or edit it (it goes back to draft) and schedule it again',
    );
  }
  return wrongState(
    ctx.status,
    unreviewed ? 'it must be approved before it is scheduled' : 'only an approved post can be scheduled',
  );
}

function unschedule(ctx: TransitionContext): Verdict {
  if (!WRITERS.includes(ctx.role)) return forbid(`${WRITERS_ONLY} unschedule a post`);
  if (ctx.status !== PostStatus.Scheduled)
    return wrongState(ctx.status, 'only a scheduled post can be unscheduled');
  return allow(PostStatus.Approved);
}

const RULES: Record<ReviewAction, (ctx: TransitionContext) => Verdict> = {
  [ReviewAction.Submit]: submit,
  [ReviewAction.Withdraw]: withdraw,
  [ReviewAction.Approve]: approve,
  [ReviewAction.RequestChanges]: requestChanges,
  [ReviewAction.Schedule]: schedule,
  [ReviewAction.Unschedule]: unschedule,
};

/** Whether the actor may take the action now, and the status it leads to; or why not. */
export function decide(action: ReviewAction, ctx: TransitionContext): Verdict {
  return RULES[action](ctx);
}

/** Every action the actor may take now, in the order of `ReviewAction`. */
export function allowedActions(ctx: TransitionContext): ReviewAction[] {
  return Object.values(ReviewAction).filter((action) => decide(action, ctx).allowed);
}
