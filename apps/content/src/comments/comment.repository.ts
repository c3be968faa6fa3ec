import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CommentVisibility } from '@relais/contracts';
import { PostCommentEntity } from './post-comment.entity';

export interface NewComment {
  agencyId: string;
  brandId: string;
  postId: string;
  parentId: string | null;
  body: string;
  visibility: CommentVisibility;
  authorId: string | null;
  authorName: string | null;
  authorRole: string | null;
  reviewLinkId: string | null;
  mentions: string[];
}

/** Saves a comment, in the caller's transaction, and reads it back. */
export async function insertComment(manager: EntityManager, comment: NewComment): Promise<PostCommentEntity> {
  const id = randomUUID();
  await manager.insert(PostCommentEntity, { id, ...comment });
  return manager.findOneByOrFail(PostCommentEntity, { id });
}

/** The comments of some posts, oldest first; only the shared ones unless `internalToo`. */
export function findComments(
  manager: EntityManager,
  postIds: readonly string[],
  internalToo: boolean,
): Promise<PostCommentEntity[]> {
  if (postIds.length === 0) return Promise.resolve([]);
  return manager.find(PostCommentEntity, {
    where: {
      postId: In([...postIds]),
      ...(internalToo ? {} : { visibility: CommentVisibility.Shared }),
    },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/**
 * The people who already wrote in the thread a comment belongs to (its root and every reply under
 * it), oldest first, without clients who wrote through a review link (they have no account).
 */
export async function threadParticipants(
  manager: EntityManager,
  agencyId: string,
  commentId: string,
): Promise<string[]> {
  const rows = await manager.query<{ author_id: string }[]>(
    `WITH RECURSIVE up AS (
        SELECT id, parent_id FROM content.post_comments WHERE agency_id = $1 AND id = $2
        UNION ALL
        SELECT c.id, c.parent_id FROM content.post_comments c JOIN up ON c.id = up.parent_id
         WHERE c.agency_id = $1
      ),
      root AS (SELECT id FROM up WHERE parent_id IS NULL),
      thread AS (
        SELECT c.id, c.author_id, c.created_at FROM content.post_comments c JOIN root ON c.id = root.id
        UNION ALL
        SELECT c.id, c.author_id, c.created_at FROM content.post_comments c JOIN thread t ON c.parent_id = t.id
         WHERE c.agency_id = $1
      )
     SELECT author_id FROM thread
      WHERE author_id IS NOT NULL AND id <> $2
      GROUP BY author_id ORDER BY min(created_at)`,
    [agencyId, commentId],
  );
  return rows.map((row) => row.author_id);
}

/** The agency's comment, whatever its visibility, or null. */
export function findComment(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<PostCommentEntity | null> {
  return manager.findOneBy(PostCommentEntity, { id, agencyId });
}

/** A comment by id alone (walking up a thread already known to be the agency's). */
export function findCommentById(manager: EntityManager, id: string): Promise<PostCommentEntity | null> {
  return manager.findOneBy(PostCommentEntity, { id });
}

export async function updateComment(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<PostCommentEntity>,
): Promise<void> {
  await manager.update(PostCommentEntity, { id }, changes);
}
