import { Field, ID, InputType } from '@nestjs/graphql';
import { ApprovalMode, Role, ScheduleMode } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoleEnum } from '../graphql/enums';
import { ScheduleModeEnum } from '../publishing/publishing.enums';
import { RecurrenceInput } from '../publishing/recurrence.model';
import { ApprovalModeEnum } from './approval.enums';

@InputType()
export class ApprovalStepInput {
  @Field(() => RoleEnum, {
    description:
      'Agency steps: OWNER, ADMIN, ACCOUNT_MANAGER, COMMUNITY_MANAGER; the client step: BRAND_APPROVER.',
  })
  role!: Role;
}

@InputType()
export class SetApprovalPolicyInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => ApprovalModeEnum)
  mode!: ApprovalMode;

  @Field(() => [ApprovalStepInput], {
    description:
      'In order. NONE: no steps; INTERNAL: agency steps; INTERNAL_THEN_CLIENT: agency steps, then BRAND_APPROVER.',
  })
  steps!: ApprovalStepInput[];
}

@InputType()
export class SubmitPostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => String, { nullable: true, description: 'What the reviewers should know.' })
  note?: string | null;
}

@InputType()
export class ApprovePostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class RequestPostChangesInput {
  @Field(() => ID)
  postId!: string;

  @Field({ description: 'What to change.' })
  comment!: string;
}

@InputType()
export class SchedulePostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => ScheduleModeEnum, {
    nullable: true,
    description: 'How the instant is chosen; omitted: AT.',
  })
  mode?: ScheduleMode | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'AT only: a future instant; omitted: the slot the post already has.',
  })
  scheduledAt?: string | null;

  @Field(() => RecurrenceInput, {
    nullable: true,
    description: 'Makes the post go out again and again from its first slot; omitted: once.',
  })
  recurrence?: RecurrenceInput | null;
}
