import { Inject, Injectable } from '@nestjs/common';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { MediaEntity } from './media.entity';
import { MediaTokens } from './media-tokens';
import { MediaKind, MediaStatus } from '@relais/contracts';

/** Expiries are rounded up to this step so that the same file keeps the same URL for a while (browser caches). */
const EXPIRY_STEP_SECONDS = 60;

type SignableMedia = Pick<MediaEntity, 'status' | 'storageKey' | 'contentType' | 'fileName' | 'kind'>;

/**
 * Signed, expiring download URLs of media files (`<PUBLIC_URL>/media/files/<token>`), valid
 * `MEDIA_URL_TTL_SECONDS` (up to a minute more). Only code that already decided the caller may see the
 * file asks for one. With S3 storage the URL answers with a redirect to a presigned `GET`.
 */
@Injectable()
export class MediaUrlSigner {
  private readonly tokens: MediaTokens;

  constructor(@Inject(CONTENT_CONFIG) private readonly config: ContentConfig) {
    this.tokens = new MediaTokens(config.SIGNING_SECRET);
  }

  /** The file's URL, or null while it is not uploaded and checked. */
  urlFor(media: SignableMedia, now = new Date()): string | null {
    if (media.status !== MediaStatus.Ready) return null;
    const token = this.tokens.signDownload({
      storageKey: media.storageKey,
      contentType: media.contentType,
      fileName: media.fileName,
      expiresAt: this.expiry(now),
    });
    return `${this.config.PUBLIC_URL}/media/files/${token}`;
  }

  /** A picture standing for the file: the image itself; null for videos (the console draws a placeholder). */
  thumbnailUrlFor(media: SignableMedia, now = new Date()): string | null {
    return media.kind === MediaKind.Video ? null : this.urlFor(media, now);
  }

  private expiry(now: Date): number {
    const at = Math.floor(now.getTime() / 1000) + this.config.MEDIA_URL_TTL_SECONDS;
    return Math.ceil(at / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
  }
}
