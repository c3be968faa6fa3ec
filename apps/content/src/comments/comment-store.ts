import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { CommentAddedEvent, CommentVisibility, ContentEvents, Envelope } from '@relais/contracts';
import { Outbox } from '@relais/server-events';
import { excerptOf } from './comment.view';
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

/** Saves a comment and its `commentAdded` event, in the caller's transaction. */
export async function insertComment(
  manager: EntityManager,
  outbox: Outbox,
  envelope: Envelope,
  comment: NewComment,
): Promise<PostCommentEntity> {
  const id = randomUUID();
  await manager.insert(PostCommentEntity, { id, ...comment });
  const saved = await manager.findOneByOrFail(PostCommentEntity, { id });
  const event: CommentAddedEvent = {
    commentId: id,
    postId: comment.postId,
    brandId: comment.brandId,
    authorId: comment.authorId,
    authorName: comment.authorName,
    visibility: comment.visibility,
    mentions: comment.mentions,
    excerpt: excerptOf(comment.body),
    parentId: comment.parentId,
  };
  await outbox.add(manager, { subject: ContentEvents.commentAdded, envelope, data: event });
  return saved;
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
