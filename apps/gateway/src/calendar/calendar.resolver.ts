import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CalendarPostView, ContentSubjects, Envelope } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { boundedListComplexity } from '../graphql/complexity';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { payloadOf } from '../graphql/payload';
import { ReschedulePostInput } from './calendar.input';
import { CalendarPostModel } from './calendar.model';

/** Posts a calendar range holds in a usual month (for the cost estimate only; the range is bounded by 62 days). */
const POSTS_PER_RANGE = 40;

@Resolver(() => CalendarPostModel)
export class CalendarResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => [CalendarPostModel], {
    description:
      'Posts whose slot is in [from, to) (at most 62 days), for one brand or every brand the user can see, a recurring post once per occurrence in the range (settled ones as reported, later ones from its rule in the brand’s time zone); archived posts left out.',
    complexity: boundedListComplexity(POSTS_PER_RANGE),
  })
  calendarPosts(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID, nullable: true }) brandId: string | null,
    @Args('from', { type: () => DateTimeScalar }) from: string,
    @Args('to', { type: () => DateTimeScalar }) to: string,
  ): Promise<CalendarPostView[]> {
    return this.nats.request<CalendarPostView[]>(
      ContentSubjects.post.calendar,
      envelope,
      payloadOf({ brandId, from, to }),
    );
  }

  @Mutation(() => CalendarPostModel, {
    description: 'Moves a post to another slot (draft, changes requested, approved or scheduled posts).',
  })
  reschedulePost(
    @Args('input') input: ReschedulePostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<CalendarPostView> {
    return this.nats.request<CalendarPostView>(ContentSubjects.post.reschedule, envelope, payloadOf(input));
  }
}
