import { MediaKind, MediaStatus, MediaView } from '@relais/contracts';
import { MediaEntity } from './media.entity';
import { MediaUrlSigner } from './media-url-signer';

/** A media row as callers see it, with signed URLs when the file is ready. */
export function toMediaView(media: MediaEntity, signer: MediaUrlSigner, now = new Date()): MediaView {
  return {
    id: media.id,
    brandId: media.brandId,
    fileName: media.fileName,
    contentType: media.contentType,
    kind: media.kind ?? MediaKind.Image,
    status: media.status === MediaStatus.Ready ? MediaStatus.Ready : MediaStatus.Pending,
    sizeBytes: media.sizeBytes ?? 0,
    width: media.width,
    height: media.height,
    durationMs: media.durationMs,
    sha256: media.sha256,
    altText: media.altText,
    url: signer.urlFor(media, now),
    thumbnailUrl: signer.thumbnailUrlFor(media, now),
    createdAt: new Date(media.createdAt).toISOString(),
    deleted: media.deletedAt !== null,
  };
}
