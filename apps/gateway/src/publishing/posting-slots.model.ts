import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MAX_POSTING_SLOTS } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@ObjectType('PostingSlot', { description: 'A weekly time a brand likes to post at, in its time zone.' })
export class PostingSlotModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'Local time HH:mm (24 h).' })
  time!: string;
}

@ObjectType('PostingSlots', { description: 'A brand’s weekly posting slots and its next free ones.' })
export class PostingSlotsModel {
  @Field(() => ID)
  brandId!: string;

  @Field({ description: 'The brand’s IANA time zone the slots are read in.' })
  timezone!: string;

  @Field(() => [PostingSlotModel])
  slots!: PostingSlotModel[];

  @Field(() => [DateTimeScalar], {
    description:
      'The next slots no scheduled post takes yet, soonest first (what NEXT_SLOT would pick first).',
  })
  upcoming!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while the brand never set any.' })
  updatedAt!: string | null;
}

@InputType()
export class PostingSlotInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'Local time HH:mm (24 h).' })
  time!: string;
}

@InputType()
export class SetPostingSlotsInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => [PostingSlotInput], { description: `Replaces every slot (at most ${MAX_POSTING_SLOTS}).` })
  slots!: PostingSlotInput[];
}
