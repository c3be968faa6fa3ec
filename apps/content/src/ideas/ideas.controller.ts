import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AddFeedPayload,
  ContentSubjects,
  CreateDraftFromIdeaPayload,
  Envelope,
  FeedIdPayload,
  FeedView,
  IdeaIdPayload,
  IdeaView,
  ListFeedsPayload,
  ListIdeasPayload,
  Page,
  PostView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { FeedsService } from './feeds.service';
import { IdeasService } from './ideas.service';

@Controller()
export class IdeasController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly ideas: IdeasService,
  ) {}

  @MessagePattern(ContentSubjects.feed.list)
  listFeeds(
    @Env() envelope: Envelope,
    @Data(ListFeedsPayload) payload: ListFeedsPayload,
  ): Promise<FeedView[]> {
    return this.feeds.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.feed.add)
  addFeed(@Env() envelope: Envelope, @Data(AddFeedPayload) payload: AddFeedPayload): Promise<FeedView> {
    return this.feeds.add(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.feed.refresh)
  refreshFeed(@Env() envelope: Envelope, @Data(FeedIdPayload) payload: FeedIdPayload): Promise<FeedView> {
    return this.feeds.refresh(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.feed.remove)
  removeFeed(@Env() envelope: Envelope, @Data(FeedIdPayload) payload: FeedIdPayload): Promise<string> {
    return this.feeds.remove(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.idea.list)
  listIdeas(
    @Env() envelope: Envelope,
    @Data(ListIdeasPayload) payload: ListIdeasPayload,
  ): Promise<Page<IdeaView>> {
    return this.ideas.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.idea.dismiss)
  dismissIdea(@Env() envelope: Envelope, @Data(IdeaIdPayload) payload: IdeaIdPayload): Promise<IdeaView> {
    return this.ideas.dismiss(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.idea.toDraft)
  createDraft(
    @Env() envelope: Envelope,
    @Data(CreateDraftFromIdeaPayload) payload: CreateDraftFromIdeaPayload,
  ): Promise<PostView> {
    return this.ideas.createDraft(actorFrom(envelope), payload);
  }
}
