import { EntityManager, In } from 'typeorm';
import { MediaFacts } from '@relais/network-rules';
import { MediaEntity } from './media.entity';

/** What a post's checks need of a file. */
export interface MediaFactRow {
  id: string;
  brand_id: string;
  status: string;
  kind: MediaFacts['kind'] | null;
  content_type: string;
  size_bytes: string | null;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
}

/** The agency's files by id, deleted ones left out. */
export function mediaFactRows(
  manager: EntityManager,
  agencyId: string,
  ids: readonly string[],
): Promise<MediaFactRow[]> {
  return manager.query<MediaFactRow[]>(
    `SELECT id, brand_id, status, kind, content_type, size_bytes, width, height, duration_ms
       FROM content.media
      WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
    [agencyId, ids],
  );
}

/** The brand's files by id, deleted ones included. */
export function brandMediaByIds(
  manager: EntityManager,
  brandId: string,
  ids: readonly string[],
): Promise<MediaEntity[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return manager.find(MediaEntity, { where: { id: In([...ids]), brandId } });
}
