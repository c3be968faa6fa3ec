import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@relais/server-database';
import { LinkCard, MediaFile, MediaUploads, UploadedMedia } from '../networks/network-adapter';
import { PublicationRow } from '../publications/publication';
import { MediaSourcesClient } from './media-sources.client';
import {
  listPublicationMedia,
  PublicationMediaRow,
  recordPublicationMedia,
} from './publication-media.repository';

/** An upload about to expire is not reused: the post request must still find it there. */
const EXPIRY_MARGIN_MS = 60_000;

/** What a send carries besides its text: the files, the uploads already made, the link card. */
export interface PublicationMedia {
  media: MediaFile[];
  uploads: MediaUploads;
  linkCard: LinkCard | null;
}

const key = (mediaId: string, sha256: string) => `${mediaId}:${sha256}`;

function uploadedOf(row: PublicationMediaRow): UploadedMedia {
  return {
    mediaId: row.media_id,
    sha256: row.sha256,
    networkMediaId: row.network_media_id,
    expiresAt: row.expires_at ? new Date(row.expires_at) : null,
    ...(row.data === null || row.data === undefined ? {} : { data: row.data }),
  };
}

/**
 * A publication's media at send time: the content service's renditions for its network (asked
 * again at each attempt: their URLs are short-lived), and the uploads already recorded for it
 * (`publishing.publication_media`), which a retry reuses while the network keeps them.
 */
@Injectable()
export class PublicationMediaService {
  constructor(
    private readonly sources: MediaSourcesClient,
    private readonly transactions: TenantTransactions,
  ) {}

  /** Throws `MediaUnavailable` when the files cannot be had (retryable when content did not answer). */
  async prepare(row: PublicationRow): Promise<PublicationMedia> {
    const card = row.link_card;
    const thumbnailId = card?.thumbnailMediaId ?? null;
    const ids = [...row.media_ids, ...(thumbnailId ? [thumbnailId] : [])];
    if (ids.length === 0) {
      return {
        media: [],
        uploads: this.uploadsOf(row, []),
        linkCard: card
          ? { url: card.url, title: card.title, description: card.description, thumbnail: null }
          : null,
      };
    }
    const [files, recorded] = await Promise.all([
      this.sources.sources(row.agency_id, row.network, ids),
      this.transactions.run(this.scopeOf(row), (manager) => listPublicationMedia(manager, row.id)),
    ]);
    const media = files.slice(0, row.media_ids.length);
    const thumbnail = thumbnailId ? (files[files.length - 1] ?? null) : null;
    return {
      media,
      uploads: this.uploadsOf(row, recorded),
      linkCard: card ? { url: card.url, title: card.title, description: card.description, thumbnail } : null,
    };
  }

  private uploadsOf(row: PublicationRow, recorded: PublicationMediaRow[]): MediaUploads {
    const known = new Map(
      recorded.map((upload) => [key(upload.media_id, upload.sha256), uploadedOf(upload)]),
    );
    return {
      known: (mediaId, sha256) => {
        const upload = known.get(key(mediaId, sha256));
        if (!upload) return null;
        if (upload.expiresAt && upload.expiresAt.getTime() - EXPIRY_MARGIN_MS <= Date.now()) return null;
        return upload;
      },
      record: async (upload) => {
        await this.transactions.run(this.scopeOf(row), (manager) =>
          recordPublicationMedia(manager, {
            publicationId: row.id,
            agencyId: row.agency_id,
            brandId: row.brand_id,
            mediaId: upload.mediaId,
            sha256: upload.sha256,
            networkMediaId: upload.networkMediaId,
            expiresAt: upload.expiresAt,
            data: upload.data,
          }),
        );
        known.set(key(upload.mediaId, upload.sha256), upload);
      },
    };
  }

  private scopeOf(row: PublicationRow) {
    return { agencyId: row.agency_id, userId: null, brandIds: null };
  }
}
