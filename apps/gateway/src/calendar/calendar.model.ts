import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Network, PostStatus } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';
import { PostStatusEnum } from '../posts/post.enums';

@ObjectType('CalendarVariant', { description: 'What one network receives, as an excerpt.' })
export class CalendarVariantModel {
  @Field(() => NetworkEnum)
  network!: Network;

  @Field({ description: 'The start of the variant’s text (the base text while it follows the base).' })
  text!: string;
}

@ObjectType('CalendarCampaign')
export class CalendarCampaignModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: '#rrggbb' })
  color!: string;
}

@ObjectType('CalendarPost', { description: 'A post as the calendar shows it.' })
export class CalendarPostModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => String, { nullable: true })
  brandName!: string | null;

  @Field()
  title!: string;

  @Field(() => PostStatusEnum)
  status!: PostStatus;

  @Field(() => DateTimeScalar)
  scheduledAt!: string;

  @Field({ description: 'The start of the base text.' })
  excerpt!: string;

  @Field(() => [NetworkEnum])
  networks!: Network[];

  @Field(() => [CalendarVariantModel])
  variants!: CalendarVariantModel[];

  @Field(() => CalendarCampaignModel, { nullable: true })
  campaign!: CalendarCampaignModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The campaign’s colour (#rrggbb), null without a campaign.',
  })
  color!: string | null;

  @Field(() => Int)
  version!: number;
}
