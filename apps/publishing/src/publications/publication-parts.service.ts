import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@relais/server-database';
import { PublicationRow } from './publication';
import { listPublicationParts, recordPublicationPart } from './publication-part.repository';

/** A part of a thread the network holds. */
export interface PartRef {
  externalId: string;
  url: string | null;
  /** Bluesky: the record's CID, which a reply's strong ref names. */
  cid?: string;
}

/**
 * The parts of a thread publication already posted (`publishing.publication_parts`), read before a
 * send and recorded one by one the moment the network answers, so that a retry resumes at the
 * first part not posted.
 */
@Injectable()
export class PublicationPartsService {
  constructor(private readonly transactions: TenantTransactions) {}

  async recorded(row: PublicationRow): Promise<Map<number, PartRef>> {
    const parts = await this.transactions.run(this.scopeOf(row), (manager) =>
      listPublicationParts(manager, [row.id]),
    );
    return new Map(
      parts.map((part) => [
        part.index,
        {
          externalId: part.external_id,
          url: part.external_url,
          ...(part.cid ? { cid: part.cid } : {}),
        },
      ]),
    );
  }

  record(row: PublicationRow, index: number, part: PartRef): Promise<void> {
    return this.transactions.run(this.scopeOf(row), (manager) =>
      recordPublicationPart(manager, {
        publicationId: row.id,
        agencyId: row.agency_id,
        brandId: row.brand_id,
        index,
        externalId: part.externalId,
        externalUrl: part.url,
        cid: part.cid ?? null,
      }),
    );
  }

  private scopeOf(row: PublicationRow) {
    return { agencyId: row.agency_id, userId: null, brandIds: null };
  }
}
