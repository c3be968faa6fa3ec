import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Network, PublicationStatus, PublishFailureCode, PublishStep } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';
import { PublicationStatusEnum, PublishFailureCodeEnum, PublishStepEnum } from './publishing.enums';

@ObjectType('PublicationFailure', { description: 'Why a publication failed.' })
export class PublicationFailureModel {
  @Field(() => PublishFailureCodeEnum)
  code!: PublishFailureCode;

  @Field({ description: 'What went wrong, in English (translate by `code`).' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The network’s own words, when it gave some.',
  })
  networkMessage!: string | null;
}

@ObjectType('PublicationPart', {
  description: 'One part of a thread publication (index 0 is the post itself).',
})
export class PublicationPartModel {
  @Field(() => Int)
  index!: number;

  @Field(() => String, { nullable: true, description: 'The part’s id on the network; null: not posted yet.' })
  externalId!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the posted part can be seen.' })
  externalUrl!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: string | null;
}

@ObjectType('Publication', {
  description: 'A post going out on one account (one per account and occurrence of the post).',
})
export class PublicationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => NetworkEnum)
  network!: Network;

  @Field(() => DateTimeScalar, { description: 'When this occurrence is due.' })
  dueAt!: string;

  @Field(() => PublicationStatusEnum)
  status!: PublicationStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the next attempt is due, after a failure that is safe to retry.',
  })
  nextAttemptAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The post’s id on the network.' })
  externalId!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the published post can be seen.' })
  externalUrl!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: string | null;

  @Field(() => PublicationFailureModel, { nullable: true })
  failure!: PublicationFailureModel | null;

  @Field(() => PublishStepEnum, {
    nullable: true,
    description: 'The step of the send that failed last (null: none failed, or it failed before sending).',
  })
  failedStep!: PublishStep | null;

  @Field(() => [PublicationPartModel], {
    description:
      'A thread’s parts, the post first (empty for a single post). A failed thread with some parts posted is partially published; a retry resumes at the first part not posted.',
  })
  parts!: PublicationPartModel[];

  @Field({ description: 'Failed, and sending it again cannot post twice (see retryPublication).' })
  canRetry!: boolean;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}
