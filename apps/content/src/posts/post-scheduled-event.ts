import { PostScheduledEvent, PublishTargetSpec } from '@relais/contracts';
import { MediaFacts, publishedText } from '@relais/network-rules';
import { StoredPost } from './post.repository';

/**
 * Where the link goes depends only on whether the variant has media, not on the files' facts: a
 * placeholder per file is enough for `publishedText`.
 */
const ANY_MEDIA: MediaFacts = { kind: 'image', contentType: 'image/jpeg', sizeBytes: 0 };

/**
 * What goes out on each target account: the text the network receives (the variant's text, or the
 * base text it follows, with the link appended where the network takes it in the text, exactly as
 * the composer counts it), the link (also as the link card where the network makes one), the first
 * comment and the media. Targets without a variant (none should exist) take the base.
 */
export function publishTargets(stored: StoredPost): PublishTargetSpec[] {
  const { post } = stored;
  return stored.targets.map(({ accountId, network }) => {
    const variant = stored.variants.find((candidate) => candidate.network === network) ?? {
      text: post.baseText,
      linkUrl: post.linkUrl,
      mediaIds: post.mediaIds,
      firstComment: null,
    };
    return {
      accountId,
      network,
      text: publishedText(network, {
        text: variant.text,
        linkUrl: variant.linkUrl,
        media: variant.mediaIds.map(() => ANY_MEDIA),
      }),
      linkUrl: variant.linkUrl,
      firstComment: variant.firstComment,
      mediaIds: [...variant.mediaIds],
    };
  });
}

/**
 * `evt.content.post.scheduled.v1` for a scheduled post as it now stands (`loadStoredPost`): its slot, its
 * recurrence in the brand's `timezone` and the exact content per target account.
 */
export function postScheduledEvent(
  stored: StoredPost,
  timezone: string,
  extra: { actorName?: string | null } = {},
): PostScheduledEvent {
  const { post } = stored;
  if (!post.scheduledAt) throw new Error(`Post ${post.id} is scheduled without a time`);
  return {
    postId: post.id,
    brandId: post.brandId,
    title: post.title,
    status: post.status,
    version: post.version,
    authorId: post.authorId,
    scheduledAt: post.scheduledAt.toISOString(),
    timezone,
    recurrence: post.recurrence,
    targets: publishTargets(stored),
    ...extra,
  };
}
