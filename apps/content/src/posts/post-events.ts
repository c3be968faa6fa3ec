import { PostEventPayload } from '@relais/contracts';
import { PostEntity } from './post.entity';

/** A post event's data: the shared payload, and for `postUpdated` which fields changed. */
export type PostEventData = PostEventPayload & { changes?: string[] };

export function postEventData(post: PostEntity, extra: Partial<PostEventData> = {}): PostEventData {
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
