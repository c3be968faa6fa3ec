import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentSubjects, Envelope, FeedView, IdeaStatus, IdeaView, Page, PostView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { boundedListComplexity, connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { payloadOf } from '../graphql/payload';
import { PostModel } from '../posts/post.model';
import { IdeaStatusEnum } from './idea.enums';
import { AddFeedInput, CreateDraftFromIdeaInput } from './idea.input';
import { FeedModel, IdeaConnection, IdeaModel } from './idea.model';

const DEFAULT_PAGE = 20;

@Resolver(() => IdeaModel)
export class IdeasResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => [FeedModel], {
    description: 'The feeds a brand follows, oldest first.',
    complexity: boundedListComplexity(10),
  })
  async feeds(
    @Args('brandId', { type: () => ID }) brandId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<FeedView[]> {
    return this.nats.request<FeedView[]>(ContentSubjects.feed.list, envelope, { brandId });
  }

  @Mutation(() => FeedModel, {
    description:
      'Follows a feed and reads it at once; a feed that cannot be read is kept with its lastError.',
  })
  async addFeed(
    @Args('input') input: AddFeedInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<FeedView> {
    return this.nats.request<FeedView>(ContentSubjects.feed.add, envelope, payloadOf(input));
  }

  @Mutation(() => ID, { description: 'Stops following a feed; its ideas go, drafts made from them stay.' })
  async removeFeed(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<string> {
    return this.nats.request<string>(ContentSubjects.feed.remove, envelope, { id });
  }

  @Mutation(() => FeedModel, { description: 'Reads a feed now.' })
  async refreshFeed(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<FeedView> {
    return this.nats.request<FeedView>(ContentSubjects.feed.refresh, envelope, { id });
  }

  @Query(() => IdeaConnection, {
    description: 'A brand’s ideas from its feeds, newest first.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async ideas(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('status', { type: () => IdeaStatusEnum, nullable: true }) status: IdeaStatus | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<IdeaView>> {
    const page = await this.nats.request<Page<IdeaView>>(
      ContentSubjects.idea.list,
      envelope,
      payloadOf({ brandId, status, first, after }),
    );
    return toConnection(page);
  }

  @Mutation(() => IdeaModel, { description: 'Sets a new idea aside.' })
  async dismissIdea(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<IdeaView> {
    return this.nats.request<IdeaView>(ContentSubjects.idea.dismiss, envelope, { id });
  }

  @Mutation(() => PostModel, {
    description:
      'Makes a draft post of an idea (its title, and the title and link as text) on the chosen accounts; asking again gives the same draft.',
  })
  async createDraftFromIdea(
    @Args('input') input: CreateDraftFromIdeaInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostView> {
    return this.nats.request<PostView>(ContentSubjects.idea.toDraft, envelope, payloadOf(input));
  }
}
