import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MAX_RECURRENCE_COUNT, RecurrenceFrequency } from '@relais/contracts';
import { RecurrenceFrequencyEnum } from './publishing.enums';

@ObjectType('Recurrence', {
  description: 'A post that goes out again and again at its first slot’s local time (brand time zone).',
})
export class RecurrenceModel {
  @Field(() => RecurrenceFrequencyEnum)
  frequency!: RecurrenceFrequency;

  @Field(() => Int, { description: 'Every how many days or weeks.' })
  interval!: number;

  @Field(() => [Int], { description: 'Weekly: ISO weekdays (1 = Monday … 7 = Sunday).' })
  weekdays!: number[];

  @Field(() => String, { nullable: true, description: 'The last local date (YYYY-MM-DD) it may go out on.' })
  until!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many times in all, the first included.' })
  count!: number | null;
}

@InputType()
export class RecurrenceInput {
  @Field(() => RecurrenceFrequencyEnum)
  frequency!: RecurrenceFrequency;

  @Field(() => Int, { description: 'Every how many days or weeks (1 to 52).' })
  interval!: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'Weekly: ISO weekdays (1 = Monday … 7 = Sunday); omitted: the first slot’s weekday.',
  })
  weekdays?: number[] | null;

  @Field(() => String, { nullable: true, description: 'The last local date (YYYY-MM-DD) it may go out on.' })
  until?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many times in all, the first included (at most ${MAX_RECURRENCE_COUNT}).`,
  })
  count?: number | null;
}
