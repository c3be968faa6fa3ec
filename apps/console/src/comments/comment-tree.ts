/** What a comment needs to take its place in a thread. */
export interface ThreadedComment {
  id: string;
  parentId: string | null;
  createdAt: string;
}

export interface CommentNode<T extends ThreadedComment> {
  comment: T;
  replies: CommentNode<T>[];
}

function byDate<T extends ThreadedComment>(a: CommentNode<T>, b: CommentNode<T>): number {
  return a.comment.createdAt.localeCompare(b.comment.createdAt) || a.comment.id.localeCompare(b.comment.id);
}

/**
 * The comments as threads, oldest first at every level. A reply whose parent the reader cannot see
 * (an internal comment hidden from a client, for instance) starts a thread of its own rather than vanish.
 */
export function buildCommentTree<T extends ThreadedComment>(comments: readonly T[]): CommentNode<T>[] {
  const nodes = new Map<string, CommentNode<T>>();
  for (const comment of comments) nodes.set(comment.id, { comment, replies: [] });
  const roots: CommentNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  const sort = (list: CommentNode<T>[]) => {
    list.sort(byDate);
    for (const node of list) sort(node.replies);
  };
  sort(roots);
  return roots;
}
