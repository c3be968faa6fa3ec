import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ApprovalAudience,
  ApprovalMode,
  DiffKind,
  Network,
  PostStatus,
  ReviewAction,
  ReviewDecisionKind,
  Role,
  RoundOutcome,
} from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum, RoleEnum } from '../graphql/enums';
import { PostStatusEnum } from '../posts/post.enums';
import { PublicationSummaryModel } from '../publishing/publication-summary.model';
import {
  ApprovalAudienceEnum,
  ApprovalModeEnum,
  DiffKindEnum,
  ReviewActionEnum,
  ReviewDecisionKindEnum,
  RoundOutcomeEnum,
} from './approval.enums';

@ObjectType('ApprovalStep', { description: 'One step of a review: the role that decides, in order.' })
export class ApprovalStepModel {
  @Field(() => Int, { description: '1 for the first step.' })
  position!: number;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ApprovalAudienceEnum)
  audience!: ApprovalAudience;
}

@ObjectType('ApprovalPolicy', { description: 'How a brand’s posts are reviewed before they are scheduled.' })
export class ApprovalPolicyModel {
  @Field(() => ID)
  brandId!: string;

  @Field(() => ApprovalModeEnum)
  mode!: ApprovalMode;

  @Field(() => [ApprovalStepModel])
  steps!: ApprovalStepModel[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while the brand never set a policy.' })
  updatedAt!: string | null;
}

@ObjectType('DiffPart')
export class DiffPartModel {
  @Field(() => DiffKindEnum)
  kind!: DiffKind;

  @Field()
  text!: string;
}

@ObjectType('FieldChange', { description: 'What changed in one field since the previous round (word diff).' })
export class FieldChangeModel {
  @Field({
    description:
      'title, baseText, linkUrl, media, scheduledAt, networks; for a network’s variant: text, linkUrl, media, firstComment.',
  })
  field!: string;

  @Field(() => NetworkEnum, {
    nullable: true,
    description: 'The variant’s network, null for the post’s own fields.',
  })
  network!: Network | null;

  @Field(() => [DiffPartModel])
  parts!: DiffPartModel[];
}

@ObjectType('ReviewDecision')
export class ReviewDecisionModel {
  @Field(() => Int)
  position!: number;

  @Field(() => RoleEnum, { nullable: true })
  role!: Role | null;

  @Field(() => ReviewDecisionKindEnum)
  decision!: ReviewDecisionKind;

  @Field(() => String, { nullable: true })
  byName!: string | null;

  @Field({ description: 'Decided through a client review link.' })
  viaLink!: boolean;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeScalar)
  decidedAt!: string;
}

@ObjectType('ReviewRound', { description: 'One submission of a post and the decisions on it.' })
export class ReviewRoundModel {
  @Field(() => Int)
  number!: number;

  @Field(() => Int, { description: 'The post version this round was about.' })
  version!: number;

  @Field(() => DateTimeScalar)
  submittedAt!: string;

  @Field(() => String, { nullable: true })
  submittedByName!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: string | null;

  @Field(() => RoundOutcomeEnum, { nullable: true })
  outcome!: RoundOutcome | null;

  @Field(() => [ReviewDecisionModel])
  decisions!: ReviewDecisionModel[];

  @Field(() => [FieldChangeModel], { description: 'What changed since the previous round.' })
  changes!: FieldChangeModel[];
}

@ObjectType('PostTransition', {
  description: 'One recorded change of a post: who, when, from which status to which.',
})
export class PostTransitionModel {
  @Field()
  action!: string;

  @Field(() => PostStatusEnum, { nullable: true })
  from!: PostStatus | null;

  @Field(() => PostStatusEnum)
  to!: PostStatus;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => RoleEnum, { nullable: true })
  actorRole!: Role | null;

  @Field()
  viaLink!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The comment or note of the change; for a publishing outcome, an English sentence kept for older clients (read `summary`).',
  })
  note!: string | null;

  @Field(() => PublicationSummaryModel, {
    nullable: true,
    description: 'A publishing outcome (published, failed, one occurrence settled) in figures.',
  })
  summary!: PublicationSummaryModel | null;

  @Field(() => DateTimeScalar)
  at!: string;
}

@ObjectType('PostReview', {
  description: 'Where a post stands in its review, and what the caller may do next.',
})
export class PostReviewModel {
  @Field(() => ID)
  postId!: string;

  @Field(() => PostStatusEnum)
  status!: PostStatus;

  @Field(() => ApprovalStepModel, { nullable: true, description: 'The step waiting for a decision.' })
  currentStep!: ApprovalStepModel | null;

  @Field(() => Int, { nullable: true, description: 'The latest round’s number.' })
  round!: number | null;

  @Field(() => [ReviewActionEnum], { description: 'What the caller may do now.' })
  allowedActions!: ReviewAction[];

  @Field(() => [ReviewRoundModel])
  rounds!: ReviewRoundModel[];

  @Field(() => [PostTransitionModel])
  history!: PostTransitionModel[];
}
