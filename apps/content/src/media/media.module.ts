import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { FetchedMediaService } from './fetched-media.service';
import { MediaController } from './media.controller';
import { MediaFilesController } from './media-files.controller';
import { MediaLibraryService } from './media-library.service';
import { MediaSourcesService } from './media-sources.service';
import { MediaUploadsService } from './media-uploads.service';
import { MediaUrlSigner } from './media-url-signer';
import { PostMediaService } from './post-media.service';
import { RenditionPreparationConsumer } from './rendition-preparation.consumer';
import { mediaStorageProvider } from './storage/media-storage.provider';

/**
 * The brand's media library: uploads through signed URLs (local disk or S3), checks of the stored bytes,
 * signed downloads, and each network's renditions made as soon as a post using the file is scheduled. Other folders use it through `index.ts` only: `PostMediaService` (the files a post
 * uses, checked in the post's transaction, and the signed files a client review shows) and
 * `FetchedMediaService` (pictures the service fetched itself, such as link card images, kept as files).
 */
@Module({
  imports: [BrandsModule],
  controllers: [MediaController, MediaFilesController],
  providers: [
    mediaStorageProvider,
    MediaUrlSigner,
    MediaUploadsService,
    MediaLibraryService,
    MediaSourcesService,
    PostMediaService,
    FetchedMediaService,
    RenditionPreparationConsumer,
  ],
  exports: [PostMediaService, FetchedMediaService],
})
export class MediaModule {}
