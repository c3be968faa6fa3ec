import { PostEventPayload } from '@relais/contracts';
import { PostEntity } from '../posts/post.entity';

export type ApprovalEventExtra = Omit<
  PostEventPayload,
  'postId' | 'brandId' | 'title' | 'status' | 'version' | 'authorId' | 'scheduledAt'
>;

/** The data of an approval flow's post event: the post's common payload and the step's details. */
export function approvalEventData(post: PostEntity, extra: ApprovalEventExtra = {}): PostEventPayload {
  return {
    postId: post.id,
    brandId: post.brandId,
    title: post.title,
    status: post.status,
    version: post.version,
    authorId: post.authorId,
    scheduledAt: post.scheduledAt ? post.scheduledAt.toISOString() : null,
    ...extra,
  };
}
