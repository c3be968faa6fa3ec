import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { ContentSeedSubjects, Envelope, SeedPostsPayload, SeedPostsResult } from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { SeedPostsService } from './seed-posts.service';

/** The demo seed's entry point (registered outside production only). */
@Controller()
export class SeedController {
  constructor(private readonly posts: SeedPostsService) {}

  @MessagePattern(ContentSeedSubjects.posts)
  seedPosts(
    @Env() envelope: Envelope,
    @Data(SeedPostsPayload) payload: SeedPostsPayload,
  ): Promise<SeedPostsResult> {
    return this.posts.seed(envelope, payload);
  }
}
