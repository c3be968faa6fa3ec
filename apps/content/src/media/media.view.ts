import { MediaKind, MediaStatus, MediaView } from '@relais/contracts';
import { MediaEntity } from './media.entity';
import { MediaUrlSigner } from './media-url-signer';

/** The columns of `content.media` as `MediaEntity` fields, for raw queries (`m` is the table alias). */
export const MEDIA_COLUMNS = `m.id, m.agency_id AS "agencyId", m.brand_id AS "brandId", m.uploaded_by AS "uploadedBy",
  m.status, m.file_name AS "fileName", m.content_type AS "contentType", m.kind,
  m.size_bytes::float8 AS "sizeBytes", m.width, m.height, m.duration_ms AS "durationMs", m.sha256,
  m.alt_text AS "altText", m.storage_key AS "storageKey", m.created_at AS "createdAt",
  m.ready_at AS "readyAt", m.deleted_at AS "deletedAt"`;

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
