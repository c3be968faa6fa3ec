import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ContentSubjects,
  CreatedReviewLinkView,
  CreateReviewLinkPayload,
  DecideViaReviewLinkPayload,
  Envelope,
  ListReviewLinksPayload,
  OpenReviewLinkPayload,
  ReviewLinkIdPayload,
  ReviewLinkView,
  ReviewPostView,
  ReviewSessionView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { ReviewLinkSessionsService } from './review-link-sessions.service';
import { ReviewLinksService } from './review-links.service';

@Controller()
export class ReviewLinksController {
  constructor(
    private readonly links: ReviewLinksService,
    private readonly sessions: ReviewLinkSessionsService,
  ) {}

  @MessagePattern(ContentSubjects.reviewLink.create)
  create(
    @Env() envelope: Envelope,
    @Data(CreateReviewLinkPayload) payload: CreateReviewLinkPayload,
  ): Promise<CreatedReviewLinkView> {
    return this.links.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.reviewLink.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListReviewLinksPayload) payload: ListReviewLinksPayload,
  ): Promise<ReviewLinkView[]> {
    return this.links.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.reviewLink.revoke)
  revoke(
    @Env() envelope: Envelope,
    @Data(ReviewLinkIdPayload) payload: ReviewLinkIdPayload,
  ): Promise<ReviewLinkView> {
    return this.links.revoke(actorFrom(envelope), payload);
  }

  /**
   * Public: the envelope names nobody (the gateway sends it without a token). The link's agency and
   * brand come from the link itself, never from the caller.
   */
  @MessagePattern(ContentSubjects.reviewLink.open)
  open(@Data(OpenReviewLinkPayload) payload: OpenReviewLinkPayload): Promise<ReviewSessionView> {
    return this.sessions.open(payload);
  }

  @MessagePattern(ContentSubjects.reviewLink.decide)
  decide(
    @Env() envelope: Envelope,
    @Data(DecideViaReviewLinkPayload) payload: DecideViaReviewLinkPayload,
  ): Promise<ReviewPostView> {
    return this.sessions.decide(payload, envelope.correlationId);
  }
}
