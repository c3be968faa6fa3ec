import { CommentAddedEvent, PostCommentView, Role } from '@relais/contracts';
import { PostCommentEntity } from './post-comment.entity';

export function toCommentView(row: PostCommentEntity): PostCommentView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    postId: row.postId,
    parentId: row.parentId,
    body: deleted ? '' : row.body,
    visibility: row.visibility,
    authorId: row.authorId,
    authorName: row.authorName,
    authorRole: (row.authorRole as Role | null) ?? null,
    viaLink: row.reviewLinkId !== null,
    mentions: deleted ? [] : [...row.mentions],
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt ? row.editedAt.toISOString() : null,
    deleted,
  };
}

/** The start of a comment, on one line, for notifications. */
export function excerptOf(body: string, length = 140): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1)}…`;
}

/** The `commentAdded` event of a comment just saved. */
export function commentAddedEvent(comment: PostCommentEntity): CommentAddedEvent {
  return {
    commentId: comment.id,
    postId: comment.postId,
    brandId: comment.brandId,
    authorId: comment.authorId,
    authorName: comment.authorName,
    visibility: comment.visibility,
    mentions: [...comment.mentions],
    excerpt: excerptOf(comment.body),
    parentId: comment.parentId,
  };
}
