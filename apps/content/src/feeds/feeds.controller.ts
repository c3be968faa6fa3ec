import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AddFeedPayload,
  ContentSubjects,
  Envelope,
  FeedIdPayload,
  FeedView,
  ListFeedsPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { FeedsService } from './feeds.service';

@Controller()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

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
}
