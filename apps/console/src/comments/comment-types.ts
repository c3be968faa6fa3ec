import type { CommentVisibility, Role } from '@relais/web-graphql';

/* What the comment components read: only the fields they use (the generated result types are assignable to these). */

export type CommentVisibilityValue = CommentVisibility;

export interface PostCommentView {
  id: string;
  postId: string;
  parentId: string | null;
  body: string;
  visibility: CommentVisibilityValue;
  authorId: string | null;
  authorName: string | null;
  authorRole: Role | null;
  viaLink: boolean;
  mentions: readonly string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

/** What a new comment carries. */
export interface NewComment {
  body: string;
  visibility: CommentVisibilityValue;
  mentionUserIds: string[];
  parentId: string | null;
}
