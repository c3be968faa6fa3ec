import { Provider } from '@nestjs/common';
import { CONTENT_CONFIG, ContentConfig } from '../../config';
import { LocalDiskStorage } from './local-disk-storage';
import { MEDIA_STORAGE, MediaStorage } from './media-storage';
import { S3Storage } from './s3-storage';

/** The storage `MEDIA_STORAGE` names: a local folder, or an S3-compatible bucket. */
export function createMediaStorage(config: ContentConfig): MediaStorage {
  if (config.MEDIA_STORAGE === 'local') return new LocalDiskStorage(config.MEDIA_DIR);
  // The configuration refuses to load without these when MEDIA_STORAGE=s3.
  const { S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = config;
  if (!S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    throw new Error(
      'S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required when MEDIA_STORAGE=s3',
    );
  }
  return new S3Storage({
    bucket: S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}

export const mediaStorageProvider: Provider = {
  provide: MEDIA_STORAGE,
  inject: [CONTENT_CONFIG],
  useFactory: (config: ContentConfig): MediaStorage => createMediaStorage(config),
};
