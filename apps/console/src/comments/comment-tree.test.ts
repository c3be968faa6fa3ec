import { describe, expect, it } from 'vitest';
import { buildCommentTree } from './comment-tree';

const comment = (id: string, parentId: string | null, minute: number) => ({
  id,
  parentId,
  createdAt: `2026-03-12T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('buildCommentTree', () => {
  it('nests replies under their parent, oldest first at every level', () => {
    const tree = buildCommentTree([
      comment('b', null, 5),
      comment('a2', 'a', 4),
      comment('a', null, 1),
      comment('a1', 'a', 2),
      comment('a1x', 'a1', 3),
    ]);
    expect(tree.map((node) => node.comment.id)).toEqual(['a', 'b']);
    expect(tree[0]?.replies.map((node) => node.comment.id)).toEqual(['a1', 'a2']);
    expect(tree[0]?.replies[0]?.replies.map((node) => node.comment.id)).toEqual(['a1x']);
    expect(tree[1]?.replies).toEqual([]);
  });

  it('keeps a reply whose parent is not visible as a thread of its own', () => {
    const tree = buildCommentTree([comment('reply', 'hidden-internal', 2), comment('root', null, 1)]);
    expect(tree.map((node) => node.comment.id)).toEqual(['root', 'reply']);
  });

  it('returns nothing for no comments', () => {
    expect(buildCommentTree([])).toEqual([]);
  });
});
