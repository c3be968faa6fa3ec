import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  CheckPostPayload,
  ContentSubjects,
  CreatePostPayload,
  Envelope,
  ListPostsPayload,
  Page,
  PostCheckView,
  PostIdPayload,
  PostView,
  UpdatePostPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { PostLifecycleService } from './post-lifecycle.service';
import { PostReadingService } from './post-reading.service';
import { PostsService } from './posts.service';

@Controller()
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly queries: PostReadingService,
    private readonly lifecycle: PostLifecycleService,
  ) {}

  @MessagePattern(ContentSubjects.post.create)
  create(@Env() envelope: Envelope, @Data(CreatePostPayload) payload: CreatePostPayload): Promise<PostView> {
    return this.posts.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.update)
  update(@Env() envelope: Envelope, @Data(UpdatePostPayload) payload: UpdatePostPayload): Promise<PostView> {
    return this.posts.update(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.get)
  get(@Env() envelope: Envelope, @Data(PostIdPayload) payload: PostIdPayload): Promise<PostView> {
    return this.queries.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListPostsPayload) payload: ListPostsPayload,
  ): Promise<Page<PostView>> {
    return this.queries.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.check)
  check(
    @Env() envelope: Envelope,
    @Data(CheckPostPayload) payload: CheckPostPayload,
  ): Promise<PostCheckView> {
    return this.queries.check(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.archive)
  archive(@Env() envelope: Envelope, @Data(PostIdPayload) payload: PostIdPayload): Promise<PostView> {
    return this.lifecycle.archive(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.restore)
  restore(@Env() envelope: Envelope, @Data(PostIdPayload) payload: PostIdPayload): Promise<PostView> {
    return this.lifecycle.restore(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.delete)
  delete(@Env() envelope: Envelope, @Data(PostIdPayload) payload: PostIdPayload): Promise<string> {
    return this.lifecycle.delete(actorFrom(envelope), payload);
  }
}
