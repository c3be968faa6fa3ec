import { EntityManager, In } from 'typeorm';
import { PostCommentView, ReviewLinkDecision, ReviewMediaView, ReviewPostView } from '@relais/contracts';
import { findComments } from '../comments/comment.repository';
import { toCommentView } from '../comments/comment.view';
import { PostMediaService } from '../media';
import { byNetworkOrder } from '../posts/post-draft';
import { PostEntity } from '../posts/post.entity';
import { PostVariantEntity } from '../posts/post-variant.entity';
import { ReviewLinkPostEntity } from './review-link-post.entity';
import { ReviewLinkEntity } from './review-link.entity';

/** A comment as a client without an account reads it: no member ids. */
function publicComment(comment: PostCommentView): PostCommentView {
  return { ...comment, authorId: null, mentions: [] };
}

/**
 * The posts of a link as the client sees them: each network's text, link, first comment and media (signed
 * URLs), what the link decided, and the comments shared with the client. Only the link's posts, in its order.
 */
export async function reviewPosts(
  manager: EntityManager,
  postMedia: PostMediaService,
  link: ReviewLinkEntity,
  postIds: readonly string[] = link.postIds,
): Promise<ReviewPostView[]> {
  const ids = link.postIds.filter((id) => postIds.includes(id));
  if (ids.length === 0) return [];
  const posts = await manager.find(PostEntity, { where: { id: In(ids), brandId: link.brandId } });
  const variants = await manager.find(PostVariantEntity, { where: { postId: In(ids) } });
  const decisions = await manager.find(ReviewLinkPostEntity, { where: { linkId: link.id, postId: In(ids) } });
  const comments = await findComments(manager, ids, false);
  const mediaIds = [...new Set(variants.flatMap((variant) => variant.mediaIds))];
  const media = await postMedia.reviewMedia(manager, link.brandId, mediaIds);
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
