/**
 * The media module's public interface: nothing else in `media/` is imported from outside it. Its
 * storage (local disk or S3, `storage/`) stays inside.
 */
export { FetchedMediaService, FetchedPicture } from './fetched-media.service';
export { MediaEntity } from './media.entity';
export { MediaModule } from './media.module';
export { PostMediaService } from './post-media.service';
