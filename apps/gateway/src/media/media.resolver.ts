import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentSubjects, Envelope, MediaKind, MediaUploadView, MediaView, Page } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { payloadOf } from '../graphql/payload';
import { MediaKindEnum } from './media.enums';
import { CreateMediaUploadInput, UpdateMediaInput } from './media.input';
import { MediaConnection, MediaModel, MediaUploadModel } from './media.model';

const DEFAULT_PAGE = 30;

@Resolver(() => MediaModel)
export class MediaResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => MediaConnection, {
    description: 'A brand’s ready media, newest first.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async mediaLibrary(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('kind', { type: () => MediaKindEnum, nullable: true }) kind: MediaKind | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<MediaView>> {
    const page = await this.nats.request<Page<MediaView>>(
      ContentSubjects.media.list,
      envelope,
      payloadOf({ brandId, kind, first, after }),
    );
    return toConnection(page);
  }

  @Query(() => MediaModel)
  media(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MediaView> {
    return this.nats.request<MediaView>(ContentSubjects.media.get, envelope, { id });
  }

  @Mutation(() => MediaUploadModel, {
    description: 'Registers a file and answers where to send it. Then call completeMediaUpload.',
  })
  createMediaUpload(
    @Args('input') input: CreateMediaUploadInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MediaUploadView> {
    return this.nats.request<MediaUploadView>(ContentSubjects.media.createUpload, envelope, payloadOf(input));
  }

  @Mutation(() => MediaModel, {
    description: 'Checks the uploaded file (real type, size, dimensions, duration) and makes it usable.',
  })
  completeMediaUpload(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MediaView> {
    return this.nats.request<MediaView>(ContentSubjects.media.completeUpload, envelope, { id });
  }

  @Mutation(() => MediaModel)
  updateMedia(
    @Args('input') input: UpdateMediaInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MediaView> {
    return this.nats.request<MediaView>(ContentSubjects.media.update, envelope, payloadOf(input));
  }

  @Mutation(() => ID, {
    description: 'Removes the file from the library (refused while a post that may still go out uses it).',
  })
  deleteMedia(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<string> {
    return this.nats.request<string>(ContentSubjects.media.delete, envelope, { id });
  }
}
