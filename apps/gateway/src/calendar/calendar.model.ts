import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarOccurrenceKind, Network, PostStatus } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum, upperCaseEnum } from '../graphql/enums';
import { PostStatusEnum } from '../posts/post.enums';

export const CalendarOccurrenceKindEnum = upperCaseEnum(CalendarOccurrenceKind);

registerEnumType(CalendarOccurrenceKindEnum, {
  name: 'CalendarOccurrenceKind',
  description:
    'PAST: already due (the entry’s status says published or failed); NEXT: the occurrence the post waits for; LATER: further on, from the recurrence rule.',
});

@ObjectType('CalendarOccurrence', {
  description: 'Which occurrence of a recurring post a calendar entry is.',
})
export class CalendarOccurrenceModel {
  @Field(() => DateTimeScalar, { description: 'The occurrence’s instant (the entry’s `scheduledAt`).' })
  at!: string;

  @Field(() => CalendarOccurrenceKindEnum)
  kind!: CalendarOccurrenceKind;
}

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

@ObjectType('CalendarPost', {
  description:
    'A post as the calendar shows it; a recurring post once per occurrence (same `id`, its own `scheduledAt` and `occurrence`).',
})
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

  @Field(() => CalendarOccurrenceModel, {
    nullable: true,
    description: 'Which occurrence this entry is, for a recurring post; null for a post that goes out once.',
  })
  occurrence!: CalendarOccurrenceModel | null;
}
