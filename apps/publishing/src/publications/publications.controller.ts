import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  Envelope,
  PostPublicationsPayload,
  PostsPublicationsPayload,
  PublicationIdPayload,
  PublicationView,
  PublishingSubjects,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { PublicationsService } from './publications.service';

@Controller()
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @MessagePattern(PublishingSubjects.publication.listForPost)
  listForPost(
    @Env() envelope: Envelope,
    @Data(PostPublicationsPayload) payload: PostPublicationsPayload,
  ): Promise<PublicationView[]> {
    return this.publications.listForPost(envelope, payload.postId);
  }

  @MessagePattern(PublishingSubjects.publication.listForPosts)
  listForPosts(
    @Env() envelope: Envelope,
    @Data(PostsPublicationsPayload) payload: PostsPublicationsPayload,
  ): Promise<PublicationView[]> {
    return this.publications.listForPosts(envelope, payload.postIds);
  }

  @MessagePattern(PublishingSubjects.publication.retry)
  retry(
    @Env() envelope: Envelope,
    @Data(PublicationIdPayload) payload: PublicationIdPayload,
  ): Promise<PublicationView> {
    return this.publications.retry(envelope, payload);
  }
}
