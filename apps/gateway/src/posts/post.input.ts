import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Network } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';

@InputType({
  description:
    'One network’s variant. customized: false follows the base again; text, link or media customise it. An empty firstComment removes it.',
})
export class PostVariantInput {
  @Field(() => NetworkEnum)
  network!: Network;

  @Field({ nullable: true })
  customized?: boolean;

  @Field({ nullable: true })
  text?: string;

  @Field({ nullable: true, description: 'Empty: no link.' })
  linkUrl?: string;

  @Field(() => [ID], { nullable: true })
  mediaIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The thread’s parts after the text (at most 24); empty: a single post.',
  })
  threadParts?: string[];

  @Field({ nullable: true, description: 'Empty: no first comment.' })
  firstComment?: string;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  brandId!: string;

  @Field({ nullable: true })
  title?: string;

  @Field()
  baseText!: string;

  @Field({ nullable: true })
  linkUrl?: string;

  @Field(() => [ID], { nullable: true })
  mediaIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The thread’s parts after the text (at most 24); empty: a single post.',
  })
  threadParts?: string[];

  @Field(() => [ID], { description: 'Connected accounts of the brand; one variant per network among them.' })
  accountIds!: string[];

  @Field(() => [PostVariantInput], { nullable: true })
  variants?: PostVariantInput[];

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => [ID], { nullable: true })
  labelIds?: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Where the post sits on the calendar.' })
  scheduledAt?: string;

  @Field({ nullable: true, description: 'Repeating a create with the same key returns the first post.' })
  idempotencyKey?: string;
}

@InputType({
  description:
    'Changes to a post. An absent field is unchanged; null clears linkUrl, campaignId and scheduledAt. A stale version is refused (CONFLICT).',
})
export class UpdatePostInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the changes were made on.' })
  version!: number;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  baseText?: string;

  @Field(() => String, { nullable: true })
  linkUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  mediaIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The thread’s parts after the text (at most 24); empty: a single post.',
  })
  threadParts?: string[];

  @Field(() => [ID], { nullable: true })
  accountIds?: string[];

  @Field(() => [PostVariantInput], { nullable: true })
  variants?: PostVariantInput[];

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => [ID], { nullable: true })
  labelIds?: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  scheduledAt?: string | null;
}

@InputType({ description: 'A post as it would be saved, to check it without saving it.' })
export class CheckPostInput {
  @Field(() => ID)
  brandId!: string;

  @Field()
  baseText!: string;

  @Field({ nullable: true })
  linkUrl?: string;

  @Field(() => [ID], { nullable: true })
  mediaIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The thread’s parts after the text (at most 24); empty: a single post.',
  })
  threadParts?: string[];

  @Field(() => [ID])
  accountIds!: string[];

  @Field(() => [PostVariantInput], { nullable: true })
  variants?: PostVariantInput[];
}
