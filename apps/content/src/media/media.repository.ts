import { DeepPartial, EntityManager, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MediaStatus, PostStatus } from '@relais/contracts';
import { MediaFacts } from '@relais/network-rules';
import { MediaEntity } from './media.entity';

/** The columns of `content.media` as `MediaEntity` fields, for raw queries (`m` is the table alias). */
const MEDIA_COLUMNS = `m.id, m.agency_id AS "agencyId", m.brand_id AS "brandId", m.uploaded_by AS "uploadedBy",
  m.status, m.file_name AS "fileName", m.content_type AS "contentType", m.kind,
  m.size_bytes::float8 AS "sizeBytes", m.width, m.height, m.duration_ms AS "durationMs", m.sha256,
  m.alt_text AS "altText", m.storage_key AS "storageKey", m.created_at AS "createdAt",
  m.ready_at AS "readyAt", m.deleted_at AS "deletedAt"`;

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

/** The agency's file (deleted ones included), locked until the transaction ends with `lock`, or null. */
export function findMedia(
  manager: EntityManager,
  agencyId: string,
  id: string,
  lock = false,
): Promise<MediaEntity | null> {
  return manager.findOne(MediaEntity, {
    where: { id, agencyId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

export type MediaRow = MediaEntity & { cursorAt: string };

/** What the library lists: the brand's ready files (of one kind, or all). */
export interface LibraryFilter {
  agencyId: string;
  brandId: string;
  kind: string | null;
}

function libraryWhere(filter: LibraryFilter): { where: string; filters: unknown[] } {
  const filters = [filter.agencyId, filter.brandId, filter.kind];
  const where = `m.agency_id = $1 AND m.brand_id = $2 AND m.deleted_at IS NULL
      AND m.status = '${MediaStatus.Ready}' AND ($3::text IS NULL OR m.kind = $3)`;
  return { where, filters };
}

/** The library's files, newest first, after the keyset position `after` (created at, id). */
export function listLibraryMedia(
  manager: EntityManager,
  filter: LibraryFilter,
  afterAt: unknown,
  afterId: unknown,
  limit: number,
): Promise<MediaRow[]> {
  const { where, filters } = libraryWhere(filter);
  return manager.query<MediaRow[]>(
    `SELECT ${MEDIA_COLUMNS}, to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
           FROM content.media m
          WHERE ${where}
            AND ($4::timestamptz IS NULL OR (m.created_at, m.id) < ($4::timestamptz, $5::uuid))
          ORDER BY m.created_at DESC, m.id DESC
          LIMIT $6`,
    [...filters, afterAt, afterId, limit],
  );
}

export async function countLibraryMedia(manager: EntityManager, filter: LibraryFilter): Promise<number> {
  const { where, filters } = libraryWhere(filter);
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM content.media m WHERE ${where}`,
    filters,
  );
  return count;
}

/** The agency's files by id (deleted ones included), in no particular order. */
export function agencyMediaByIds(
  manager: EntityManager,
  agencyId: string,
  ids: string[],
): Promise<MediaEntity[]> {
  return manager.query<MediaEntity[]>(
    `SELECT ${MEDIA_COLUMNS} FROM content.media m WHERE m.agency_id = $1 AND m.id = ANY($2::uuid[])`,
    [agencyId, ids],
  );
}

/** How many of the brand's posts in one of `statuses` use the file (in their base or a variant). */
export async function countPostsUsingMedia(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  statuses: PostStatus[],
  mediaId: string,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(DISTINCT p.id)::int AS count
           FROM content.posts p
           LEFT JOIN content.post_variants v ON v.post_id = p.id AND v.agency_id = p.agency_id
          WHERE p.agency_id = $1 AND p.brand_id = $2 AND p.status = ANY($3::text[])
            AND ($4::uuid = ANY(p.media_ids) OR $4::uuid = ANY(v.media_ids))`,
    [agencyId, brandId, statuses, mediaId],
  );
  return count;
}

export async function updateMedia(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<MediaEntity>,
): Promise<void> {
  await manager.update(MediaEntity, { id }, changes);
}

/** Writes `changes` into the file's row if it is still pending. */
export async function updatePendingMedia(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<MediaEntity>,
): Promise<void> {
  await manager.update(MediaEntity, { id, status: MediaStatus.Pending }, changes);
}

/** Saves a new file's row and answers it as saved. */
export function insertMedia(manager: EntityManager, fields: DeepPartial<MediaEntity>): Promise<MediaEntity> {
  return manager.save(manager.create(MediaEntity, fields));
}

export function getMedia(manager: EntityManager, id: string): Promise<MediaEntity> {
  return manager.findOneByOrFail(MediaEntity, { id });
}

/** Deletes the file's row if it is still pending. */
export async function deletePendingMedia(manager: EntityManager, id: string): Promise<void> {
  await manager.delete(MediaEntity, { id, status: MediaStatus.Pending });
}
