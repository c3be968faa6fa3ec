import { Module } from '@nestjs/common';
import { MediaSourcesClient } from './media-sources.client';
import { PublicationMediaService } from './publication-media.service';

/** A publication's media at send time: the content service's renditions and the uploads recorded. */
@Module({
  providers: [MediaSourcesClient, PublicationMediaService],
  exports: [PublicationMediaService],
})
export class MediaModule {}
