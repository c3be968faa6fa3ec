import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Network, PostStatus } from '@relais/contracts';
import { CampaignModel, LabelModel } from '../campaigns/campaign.model';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';
import { JSONScalar } from '../graphql/json.scalar';
import { RecurrenceModel } from '../publishing/recurrence.model';
import { LinkCardModel } from './link-card.model';
import { PostStatusEnum } from './post.enums';

@ObjectType('PostTarget', { description: 'A connected account the post goes out on.' })
export class PostTargetModel {
  @Field(() => ID)
  accountId!: string;

  @Field(() => NetworkEnum)
  network!: Network;

  @Field(() => String, { nullable: true, description: 'Null when the account was disconnected since.' })
  handle!: string | null;
}

@ObjectType('PostVariant', {
  description: 'What one network receives. Until customised it follows the base text, link and media.',
})
export class PostVariantModel {
  @Field(() => NetworkEnum)
  network!: Network;

  @Field()
  customized!: boolean;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  linkUrl!: string | null;

  @Field(() => [ID])
  mediaIds!: string[];

  @Field(() => [String], {
    description:
      'The thread’s parts after the text, as this network receives them: replies on X, Bluesky and Mastodon; on LinkedIn and Facebook a second part is posted as the first comment.',
  })
  threadParts!: string[];

  @Field(() => String, { nullable: true, description: 'Posted as the first comment (LinkedIn, Facebook).' })
  firstComment!: string | null;

  @Field(() => LinkCardModel, {
    nullable: true,
    description: 'The card the link makes, as kept for the brand (read when previewed or scheduled).',
  })
  linkCard!: LinkCardModel | null;
}

@ObjectType('GuidelineWarning', {
  description: 'A brand guideline the post does not follow but may be saved with (a missing hashtag).',
})
export class GuidelineWarningModel {
  @Field({ description: 'MISSING_HASHTAG' })
  rule!: string;

  @Field(() => NetworkEnum, { nullable: true, description: 'Null when every network’s text misses it.' })
  network!: Network | null;

  @Field(() => JSONScalar, { description: '`hashtag` (with #), and `network` when given.' })
  params!: Record<string, string>;

  @Field()
  message!: string;
}

@ObjectType('Post', { description: 'A post of a brand, with one variant per network it targets.' })
export class PostModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field({ description: 'Internal title; empty when not given.' })
  title!: string;

  @Field()
  baseText!: string;

  @Field(() => String, { nullable: true })
  linkUrl!: string | null;

  @Field(() => [ID])
  mediaIds!: string[];

  @Field(() => [String], { description: 'The thread’s parts after baseText (part 1); empty: a single post.' })
  threadParts!: string[];

  @Field(() => CampaignModel, { nullable: true })
  campaign!: CampaignModel | null;

  @Field(() => [LabelModel])
  labels!: LabelModel[];

  @Field(() => PostStatusEnum)
  status!: PostStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Where the post sits on the calendar.' })
  scheduledAt!: string | null;

  @Field(() => RecurrenceModel, {
    nullable: true,
    description: 'Null: the post goes out once. Recurring: scheduledAt is the next occurrence.',
  })
  recurrence!: RecurrenceModel | null;

  @Field(() => ID)
  authorId!: string;

  @Field(() => Int, { description: 'Increments on every change; send it back with updatePost.' })
  version!: number;

  @Field(() => [PostVariantModel])
  variants!: PostVariantModel[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field(() => [GuidelineWarningModel])
  guidelineWarnings!: GuidelineWarningModel[];
}

@ObjectType('PostConnection')
export class PostConnection extends connectionOf(PostModel, 'Post') {}

@ObjectType('PostViolation', { description: 'A rule of a network the post breaks.' })
export class PostViolationModel {
  @Field(() => NetworkEnum)
  network!: Network;

  @Field({ description: 'text, firstComment, media, linkUrl or threadParts.' })
  field!: string;

  @Field({ description: 'EMPTY, TOO_LONG, TOO_MANY_MEDIA, MEDIA_TYPE, MEDIA_TOO_LARGE…' })
  rule!: string;

  @Field(() => JSONScalar, { description: 'The numbers of the rule: used, limit, unit, network…' })
  params!: Record<string, string | number>;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the file in the variant’s media, or of the part in threadParts (0-based).',
  })
  index!: number | null;

  @Field()
  message!: string;
}

@ObjectType('BannedWord', { description: 'A banned word of the brand found in the post.' })
export class BannedWordModel {
  @Field()
  word!: string;

  @Field({ description: 'How it is written in the text.' })
  match!: string;

  @Field(() => NetworkEnum, { nullable: true, description: 'Null when found in the base text.' })
  network!: Network | null;
}

@ObjectType('PostCheck', { description: 'What the networks and the brand’s guidelines say about a post.' })
export class PostCheckModel {
  @Field(() => [PostViolationModel])
  violations!: PostViolationModel[];

  @Field(() => [GuidelineWarningModel])
  guidelineWarnings!: GuidelineWarningModel[];

  @Field(() => [BannedWordModel])
  bannedWords!: BannedWordModel[];
}
