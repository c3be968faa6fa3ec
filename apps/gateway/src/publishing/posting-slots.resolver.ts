import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentSubjects, Envelope, PostingSlotsView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { payloadOf } from '../graphql/payload';
import { PostingSlotsModel, SetPostingSlotsInput } from './posting-slots.model';

/** A brand's weekly posting slots (what `schedulePost` with NEXT_SLOT picks from). */
@Resolver(() => PostingSlotsModel)
export class PostingSlotsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => PostingSlotsModel, {
    description:
      'The brand’s weekly posting slots and its next free ones (`upcoming`, default 5, at most 20).',
  })
  postingSlots(
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('upcoming', { type: () => Int, nullable: true }) upcoming: number | null,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostingSlotsView> {
    return this.nats.request<PostingSlotsView>(
      ContentSubjects.slot.get,
      envelope,
      payloadOf({ brandId, upcoming }),
    );
  }

  @Mutation(() => PostingSlotsModel, {
    description: 'Replaces the brand’s weekly posting slots. Posts already scheduled keep their time.',
  })
  setPostingSlots(
    @Args('input') input: SetPostingSlotsInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostingSlotsView> {
    return this.nats.request<PostingSlotsView>(ContentSubjects.slot.set, envelope, payloadOf(input));
  }
}
