import { Field, ID, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@InputType()
export class ReschedulePostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => DateTimeScalar, {
    description: 'The new slot, in the future. A scheduled post stays scheduled.',
  })
  scheduledAt!: string;
}
