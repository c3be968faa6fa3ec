import { EntityManager } from 'typeorm';
import { notFound } from '@relais/server-errors';
import { cursorInstantSql } from '../notifications/keyset-cursor';
import { IdeaRow } from './idea.view';

const IDEA_COLUMNS = `i.id, i.brand_id, i.feed_id, f.title AS feed_title, i.title, i.link, i.summary,
  i.published_at, i.status, i.post_id, i.created_at`;
const IDEA_FROM = `content.ideas i JOIN content.feeds f ON f.id = i.feed_id`;
const IDEA_SELECT = `SELECT ${IDEA_COLUMNS} FROM ${IDEA_FROM}`;

/** The agency's idea, or NOT_FOUND "Idea not found"; with `lock`, locked until the transaction ends. */
export async function findIdea(
  manager: EntityManager,
  agencyId: string,
  id: string,
  lock = false,
): Promise<IdeaRow> {
  const [row] = await manager.query<IdeaRow[]>(
    `${IDEA_SELECT} WHERE i.agency_id = $1 AND i.id = $2${lock ? ' FOR UPDATE OF i' : ''}`,
    [agencyId, id],
  );
  if (!row) throw notFound('idea');
  return row;
}

/** The brand's ideas (of one status, or all), newest first, after the keyset position `after`. */
export function listIdeas(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  status: string | null,
  after: readonly [string, string] | null,
  limit: number,
): Promise<(IdeaRow & { cursor_at: string })[]> {
  return manager.query<(IdeaRow & { cursor_at: string })[]>(
    `SELECT ${IDEA_COLUMNS}, ${cursorInstantSql('i.sort_at')} AS cursor_at FROM ${IDEA_FROM}
          WHERE i.agency_id = $1 AND i.brand_id = $2 AND ($3::text IS NULL OR i.status = $3)
            AND ($4::timestamptz IS NULL OR (i.sort_at, i.id) < ($4::timestamptz, $5::uuid))
          ORDER BY i.sort_at DESC, i.id DESC
          LIMIT $6`,
    [agencyId, brandId, status, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function countIdeas(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  status: string | null,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM content.ideas
          WHERE agency_id = $1 AND brand_id = $2 AND ($3::text IS NULL OR status = $3)`,
    [agencyId, brandId, status],
  );
  return count;
}

export async function dismissIdea(manager: EntityManager, agencyId: string, id: string): Promise<void> {
  await manager.query(
    `UPDATE content.ideas SET status = 'dismissed', updated_at = now() WHERE agency_id = $1 AND id = $2`,
    [agencyId, id],
  );
}

/** Marks the idea drafted into the post. */
export async function markIdeaDrafted(
  manager: EntityManager,
  agencyId: string,
  id: string,
  postId: string,
): Promise<void> {
  await manager.query(
    `UPDATE content.ideas SET status = 'drafted', post_id = $3, updated_at = now()
          WHERE agency_id = $1 AND id = $2`,
    [agencyId, id, postId],
  );
}
