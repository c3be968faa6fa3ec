import { PublicationSummaryView } from './publication-summary';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Network } from '../networks';
import { Role } from '../roles';
import { PostStatus } from './post-status';
import { RecurrencePayload, ScheduleMode } from './schedule.payload';

/** How a brand's posts are reviewed before they can be scheduled. */
export enum ApprovalMode {
  /** No review: submitting approves at once. */
  None = 'none',
  /** One or more agency steps. */
  Internal = 'internal',
  /** Agency steps, then the brand's approver. */
  InternalThenClient = 'internal_then_client',
}

/** Who reviews at a step: the agency's staff or the client brand. */
export enum ApprovalAudience {
  Agency = 'agency',
  Client = 'client',
}

/** What someone may do to a post in the approval flow. */
export enum ReviewAction {
  Submit = 'submit',
  Withdraw = 'withdraw',
  Approve = 'approve',
  RequestChanges = 'request_changes',
  Schedule = 'schedule',
  Unschedule = 'unschedule',
}

/** How a review round ended. */
export enum RoundOutcome {
  Approved = 'approved',
  ChangesRequested = 'changes_requested',
  Withdrawn = 'withdrawn',
}

/** What a reviewer decided at a step. */
export enum ReviewDecisionKind {
  Approved = 'approved',
  ChangesRequested = 'changes_requested',
}

export enum DiffKind {
  Same = 'same',
  Added = 'added',
  Removed = 'removed',
}

/** Roles an agency step may name. */
export const AGENCY_STEP_ROLES: readonly Role[] = [
  Role.Owner,
  Role.Admin,
  Role.AccountManager,
  Role.CommunityManager,
];
/** Roles a client step may name. */
export const CLIENT_STEP_ROLES: readonly Role[] = [Role.BrandApprover];
export const MAX_APPROVAL_STEPS = 5;
export const MAX_REVIEW_NOTE = 4_000;

export class ApprovalStepPayload {
  @IsEnum(Role)
  role!: Role;
}

export class ApprovalPolicyPayload {
  @IsUUID()
  brandId!: string;
}

/**
 * A brand's approval policy. `none` takes no steps; `internal` takes agency steps only;
 * `internal_then_client` takes agency steps followed by one brand approver step. Steps run in order.
 */
export class SetApprovalPolicyPayload {
  @IsUUID()
  brandId!: string;

  @IsEnum(ApprovalMode)
  mode!: ApprovalMode;

  @IsArray()
  @ArrayMaxSize(MAX_APPROVAL_STEPS)
  @ValidateNested({ each: true })
  @Type(() => ApprovalStepPayload)
  steps!: ApprovalStepPayload[];
}

/** A post, for the operations that take nothing else (withdraw, unschedule, review, history). */
export class PostReviewPayload {
  @IsUUID()
  postId!: string;
}

export class SubmitPostPayload {
  @IsUUID()
  postId!: string;

  /** What the reviewers should know. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REVIEW_NOTE)
  note?: string;
}

export class ApprovePostPayload {
  @IsUUID()
  postId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_REVIEW_NOTE)
  comment?: string;
}

export class RequestPostChangesPayload {
  @IsUUID()
  postId!: string;

  /** What to change: required. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REVIEW_NOTE)
  comment!: string;
}

export class SchedulePostPayload {
  @IsUUID()
  postId!: string;

  /** How the instant is chosen (default `at`). */
  @IsOptional()
  @IsEnum(ScheduleMode)
  mode?: ScheduleMode;

  /** `at` only: a future instant. Omitted: the slot the post already has. */
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string;

  /** Makes the post recurring from its first slot; omitted: it goes out once. */
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrencePayload)
  recurrence?: RecurrencePayload;
}

export interface ApprovalStepView {
  /** 1 for the first step. */
  position: number;
  role: Role;
  audience: ApprovalAudience;
}

export interface ApprovalPolicyView {
  brandId: string;
  mode: ApprovalMode;
  steps: ApprovalStepView[];
  /** Null while the brand has never set one (mode `none`). */
  updatedAt: string | null;
}

export interface DiffPartView {
  kind: DiffKind;
  text: string;
}

/** What changed in one field since the previous round. */
export interface FieldChangeView {
  /** `title`, `baseText`, `linkUrl`, `media`, `scheduledAt`, `networks`, `text`, `firstComment`. */
  field: string;
  /** For a variant's field: its network; null for the post's own fields. */
  network: Network | null;
  parts: DiffPartView[];
}

export interface ReviewDecisionView {
  position: number;
  role: Role | null;
  decision: ReviewDecisionKind;
  byName: string | null;
  viaLink: boolean;
  comment: string | null;
  decidedAt: string;
}

export interface ReviewRoundView {
  number: number;
  version: number;
  submittedAt: string;
  submittedByName: string | null;
  closedAt: string | null;
  outcome: RoundOutcome | null;
  decisions: ReviewDecisionView[];
  changes: FieldChangeView[];
}

export interface PostTransitionView {
  action: string;
  /** The member who acted (null for a review link or the system); names them when `actorName` is not kept. */
  actorId: string | null;
  from: PostStatus | null;
  to: PostStatus;
  actorName: string | null;
  actorRole: Role | null;
  viaLink: boolean;
  /** The note, in English for the system's (a publishing outcome's is also in `summary`). */
  note: string | null;
  /** A publishing outcome's figures (published, failed, or one occurrence of a recurring post). */
  summary: PublicationSummaryView | null;
  at: string;
}

/** Where a post stands in its review, and what the caller may do with it. */
export interface PostReviewView {
  postId: string;
  status: PostStatus;
  /** The step waiting for a decision (in review only). */
  currentStep: ApprovalStepView | null;
  /** The number of the latest round, null before the first submission. */
  round: number | null;
  allowedActions: ReviewAction[];
  /** Oldest first. */
  rounds: ReviewRoundView[];
  /** Oldest first. */
  history: PostTransitionView[];
}
