import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
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
