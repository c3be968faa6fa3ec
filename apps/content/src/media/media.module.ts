import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { MediaController } from './media.controller';
import { MediaFilesController } from './media-files.controller';
import { MediaLibraryService } from './media-library.service';
import { MediaUploadsService } from './media-uploads.service';
import { MediaUrlSigner } from './media-url-signer';
import { MEDIA_STORAGE } from './storage/media-storage';
import { mediaStorageProvider } from './storage/media-storage.provider';

/**
 * The brand's media library: uploads through signed URLs (local disk or S3), checks of the stored bytes,
 * signed downloads. Exports `MediaUrlSigner` for any view that shows media (review links) and the storage.
 */
@Module({
  imports: [BrandsModule],
  controllers: [MediaController, MediaFilesController],
  providers: [mediaStorageProvider, MediaUrlSigner, MediaUploadsService, MediaLibraryService],
  exports: [MediaUrlSigner, MEDIA_STORAGE],
})
export class MediaModule {}
