import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ContentSubjects,
  CreateMediaUploadPayload,
  Envelope,
  ListMediaPayload,
  MediaIdPayload,
  MediaSourcesPayload,
  MediaSourceView,
  MediaUploadView,
  MediaView,
  Page,
  UpdateMediaPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { MediaLibraryService } from './media-library.service';
import { MediaSourcesService } from './media-sources.service';
import { MediaUploadsService } from './media-uploads.service';

@Controller()
export class MediaController {
  constructor(
    private readonly uploads: MediaUploadsService,
    private readonly library: MediaLibraryService,
    private readonly sourcesService: MediaSourcesService,
  ) {}

  @MessagePattern(ContentSubjects.media.createUpload)
  createUpload(
    @Env() envelope: Envelope,
    @Data(CreateMediaUploadPayload) payload: CreateMediaUploadPayload,
  ): Promise<MediaUploadView> {
    return this.uploads.createUpload(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.media.completeUpload)
  completeUpload(
    @Env() envelope: Envelope,
    @Data(MediaIdPayload) payload: MediaIdPayload,
  ): Promise<MediaView> {
    return this.uploads.completeUpload(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.media.get)
  get(@Env() envelope: Envelope, @Data(MediaIdPayload) payload: MediaIdPayload): Promise<MediaView> {
    return this.library.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.media.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListMediaPayload) payload: ListMediaPayload,
  ): Promise<Page<MediaView>> {
    return this.library.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.media.update)
  update(
    @Env() envelope: Envelope,
    @Data(UpdateMediaPayload) payload: UpdateMediaPayload,
  ): Promise<MediaView> {
    return this.library.update(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.media.delete)
  delete(@Env() envelope: Envelope, @Data(MediaIdPayload) payload: MediaIdPayload): Promise<string> {
    return this.library.delete(actorFrom(envelope), payload);
  }

  /** System only (publishing): each file's rendition for one network, made if needed, with a signed URL. */
  @MessagePattern(ContentSubjects.media.sources)
  sources(
    @Env() envelope: Envelope,
    @Data(MediaSourcesPayload) payload: MediaSourcesPayload,
  ): Promise<MediaSourceView[]> {
    return this.sourcesService.sources(envelope, payload);
  }
}
