import { EntityManager } from 'typeorm';

/** A `publishing.publication_parts` row: one part of a thread the network holds (index 0: the post). */
export interface PublicationPartRow {
  publication_id: string;
  index: number;
  external_id: string;
  external_url: string | null;
  /** Bluesky: the record's CID, which a reply's strong ref names. */
  cid: string | null;
  published_at: Date;
}

/** The parts posted so far of these publications, in order (in the tenant transaction). */
export function listPublicationParts(
  manager: EntityManager,
  publicationIds: string[],
): Promise<PublicationPartRow[]> {
  if (publicationIds.length === 0) return Promise.resolve([]);
  return manager.query<PublicationPartRow[]>(
    `SELECT pp.publication_id, pp.index, pp.external_id, pp.external_url, pp.cid, pp.published_at
       FROM publishing.publication_parts pp
      WHERE pp.publication_id = ANY($1::uuid[])
      ORDER BY pp.publication_id, pp.index`,
    [publicationIds],
  );
}

export interface PublicationPartRecord {
  publicationId: string;
  agencyId: string;
  brandId: string;
  index: number;
  externalId: string;
  externalUrl: string | null;
  cid: string | null;
}

/** Records a part the network holds; a part recorded already keeps its first record. */
export async function recordPublicationPart(
  manager: EntityManager,
  part: PublicationPartRecord,
): Promise<void> {
  await manager.query(
    `INSERT INTO publishing.publication_parts
            (publication_id, agency_id, brand_id, index, external_id, external_url, cid)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (publication_id, index) DO NOTHING`,
    [
      part.publicationId,
      part.agencyId,
      part.brandId,
      part.index,
      part.externalId,
      part.externalUrl,
      part.cid,
    ],
  );
}
