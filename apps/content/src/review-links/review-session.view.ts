import { PostCommentView, ReviewLinkDecision, ReviewMediaView, ReviewPostView } from '@relais/contracts';
import { toCommentView } from '../comments/comment.view';
import { byNetworkOrder } from '../posts/post-draft';
import { ReviewPostRows } from './review-link.repository';
import { ReviewLinkEntity } from './review-link.entity';

/** A comment as a client without an account reads it: no member ids. */
function publicComment(comment: PostCommentView): PostCommentView {
  return { ...comment, authorId: null, mentions: [] };
}

/** The link's posts among `postIds`, in the link's order. */
export function reviewPostIds(link: ReviewLinkEntity, postIds: readonly string[] = link.postIds): string[] {
  return link.postIds.filter((id) => postIds.includes(id));
}

/** The media the variants use. */
export function reviewMediaIds(rows: ReviewPostRows): string[] {
  return [...new Set(rows.variants.flatMap((variant) => variant.mediaIds))];
}

/**
 * The posts of a link as the client sees them: each network's text, link, first comment and media (signed
 * URLs), what the link decided, and the comments shared with the client. Only the link's posts, in its order.
 */
export function reviewPosts(
  link: ReviewLinkEntity,
  ids: readonly string[],
  rows: ReviewPostRows,
  media: ReadonlyMap<string, ReviewMediaView>,
): ReviewPostView[] {
  const { posts, variants, decisions, comments } = rows;
  const mediaView = (id: string): ReviewMediaView[] => {
    const view = media.get(id);
    return view ? [view] : [];
  };

  return ids.flatMap((id): ReviewPostView[] => {
    const post = posts.find((candidate) => candidate.id === id);
    if (!post) return [];
    const decision = decisions.find((row) => row.postId === id)?.decision ?? null;
    return [
      {
        id: post.id,
        title: post.title,
        status: post.status,
        scheduledAt: post.scheduledAt ? post.scheduledAt.toISOString() : null,
        timezone: link.brandTimezone,
        baseText: post.baseText,
        variants: byNetworkOrder(variants.filter((variant) => variant.postId === id)).map((variant) => ({
          network: variant.network,
          text: variant.text,
          linkUrl: variant.linkUrl,
          threadParts: [...variant.threadParts],
          firstComment: variant.firstComment,
          media: variant.mediaIds.flatMap(mediaView),
        })),
        decision: decision as ReviewLinkDecision | null,
        comments: comments
          .filter((comment) => comment.postId === id)
          .map(toCommentView)
          .map(publicComment),
      },
    ];
  });
}
