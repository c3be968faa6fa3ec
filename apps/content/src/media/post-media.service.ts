import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MediaStatus, ReviewMediaView } from '@relais/contracts';
import { MediaFacts } from '@relais/network-rules';
import { badInput, notFound } from '@relais/server-errors';
import { brandMediaByIds, mediaFactRows } from './media.repository';
import { MediaUrlSigner } from './media-url-signer';

/**
 * The media library as posts see it, in the caller's transaction: the facts a post's checks need of
 * the files it uses, and the files a client review shows (signed URLs).
 */
@Injectable()
export class PostMediaService {
  constructor(private readonly signer: MediaUrlSigner) {}

  /**
   * Facts of the brand's ready media, by id. `fields` names, per id, the input field that used it (for
   * the error of a file that is not ready yet). Another brand's file answers NOT_FOUND like a missing one.
   */
  async facts(
    manager: EntityManager,
    agencyId: string,
    brandId: string,
    fields: ReadonlyMap<string, string>,
  ): Promise<Map<string, MediaFacts>> {
    const ids = [...fields.keys()];
    if (ids.length === 0) return new Map();
    const rows = await mediaFactRows(manager, agencyId, ids);
    const facts = new Map<string, MediaFacts>();
    for (const id of ids) {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row || row.brand_id !== brandId) throw notFound('media');
      if (row.status !== 'ready' || !row.kind) {
        throw badInput(
          [
            {
              field: fields.get(id) ?? 'mediaIds',
              message: 'a file is still uploading; wait until it is ready',
              constraint: 'notReady',
              params: { mediaId: id },
            },
          ],
          'A file of the post is not ready yet',
        );
      }
      facts.set(id, {
        kind: row.kind,
        contentType: row.content_type,
        sizeBytes: Number(row.size_bytes ?? 0),
        ...(row.width !== null ? { width: row.width } : {}),
        ...(row.height !== null ? { height: row.height } : {}),
        ...(row.duration_ms !== null ? { durationMs: row.duration_ms } : {}),
      });
    }
    return facts;
  }

  /** The brand's files a review shows, by id: only those ready and not deleted, with signed URLs. */
  async reviewMedia(
    manager: EntityManager,
    brandId: string,
    ids: readonly string[],
  ): Promise<Map<string, ReviewMediaView>> {
    const files = await brandMediaByIds(manager, brandId, ids);
    const views = new Map<string, ReviewMediaView>();
    for (const file of files) {
      const url = !file.deletedAt && file.status === MediaStatus.Ready ? this.signer.urlFor(file) : null;
      if (!url) continue;
      views.set(file.id, {
        url,
        kind: file.kind ?? 'image',
        altText: file.altText,
        width: file.width,
        height: file.height,
      });
    }
    return views;
  }
}
