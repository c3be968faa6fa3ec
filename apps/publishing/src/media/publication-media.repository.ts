import { EntityManager } from 'typeorm';

/** A `publishing.publication_media` row: one file the network holds for a publication. */
export interface PublicationMediaRow {
  publication_id: string;
  agency_id: string;
  brand_id: string;
  media_id: string;
  sha256: string;
  network_media_id: string;
  expires_at: Date | null;
  data: unknown;
  uploaded_at: Date;
}

/** The uploads recorded for a publication, in the tenant transaction. */
export function listPublicationMedia(
  manager: EntityManager,
  publicationId: string,
): Promise<PublicationMediaRow[]> {
  return manager.query<PublicationMediaRow[]>(
    `SELECT m.* FROM publishing.publication_media m WHERE m.publication_id = $1`,
    [publicationId],
  );
}

export interface PublicationMediaRecord {
  publicationId: string;
  agencyId: string;
  brandId: string;
  mediaId: string;
  sha256: string;
  networkMediaId: string;
  expiresAt: Date | null;
  data: unknown;
}

/** Records an upload; a file uploaded again (the network's copy had expired) replaces the old one. */
export async function recordPublicationMedia(
  manager: EntityManager,
  upload: PublicationMediaRecord,
): Promise<void> {
  await manager.query(
    `INSERT INTO publishing.publication_media
            (publication_id, agency_id, brand_id, media_id, sha256, network_media_id, expires_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     ON CONFLICT (publication_id, media_id, sha256) DO UPDATE SET
            network_media_id = EXCLUDED.network_media_id, expires_at = EXCLUDED.expires_at,
            data = EXCLUDED.data, uploaded_at = now()`,
    [
      upload.publicationId,
      upload.agencyId,
      upload.brandId,
      upload.mediaId,
      upload.sha256,
      upload.networkMediaId,
      upload.expiresAt,
      upload.data === undefined ? null : JSON.stringify(upload.data),
    ],
  );
}
