import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ReviewLinkDecision } from '@relais/contracts';
import { ReviewLinkDecisionEnum } from './review-link.enums';

@InputType()
export class CreateReviewLinkInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => [ID], { description: 'Posts of the brand waiting for the client’s approval.' })
  postIds!: string[];

  @Field()
  recipientName!: string;

  @Field(() => String, { nullable: true })
  recipientEmail?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: the service’s setting (a week).' })
  expiresInHours?: number | null;
}

@InputType()
export class DecideViaReviewLinkInput {
  @Field()
  token!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => ReviewLinkDecisionEnum)
  decision!: ReviewLinkDecision;

  @Field(() => String, { nullable: true, description: 'Required to request changes or to comment.' })
  comment?: string | null;
}
