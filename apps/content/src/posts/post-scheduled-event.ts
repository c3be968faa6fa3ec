import { LinkCardSpec, PostScheduledEvent, PublishTargetSpec } from '@relais/contracts';
import { MediaFacts, publishedText, rulesFor } from '@relais/network-rules';
import { StoredPost } from './post.repository';

/**
 * Where the link goes depends only on whether the variant has media, not on the files' facts: a
 * placeholder per file is enough for `publishedText`.
 */
const ANY_MEDIA: MediaFacts = { kind: 'image', contentType: 'image/jpeg', sizeBytes: 0 };

/**
 * The thread's parts as the network takes them: replies after the text on X, Bluesky and Mastodon; on
 * Facebook and LinkedIn a second part is the first comment (validation refuses more parts there, and a
 * second part next to a first comment). A single post carries no `threadParts`, as before threads.
 */
function threadOf(
  network: PublishTargetSpec['network'],
  parts: readonly string[],
  firstComment: string | null,
): Pick<PublishTargetSpec, 'threadParts' | 'firstComment'> {
  if (parts.length === 0) return { firstComment };
  if (rulesFor(network).thread.as === 'replies') return { threadParts: [...parts], firstComment };
  return { firstComment: parts[0] ?? firstComment };
}

/**
 * What goes out on each target account: the text the network receives (the variant's text, or the
 * base text it follows, with the link appended where the network takes it in the text, exactly as
 * the composer counts it), the link (also as the link card where the network makes one), the first
 * comment, the media and the thread's further parts (see `threadOf`). Targets without a variant (none should exist) take the base. A link whose card
 * the brand keeps (`linkCards`, by address) carries it; the others go out as plain links.
 */
export function publishTargets(
  stored: StoredPost,
  linkCards: ReadonlyMap<string, LinkCardSpec> = new Map(),
): PublishTargetSpec[] {
  const { post } = stored;
  return stored.targets.map(({ accountId, network }) => {
    const variant = stored.variants.find((candidate) => candidate.network === network) ?? {
      text: post.baseText,
      linkUrl: post.linkUrl,
      mediaIds: post.mediaIds,
      threadParts: post.threadParts,
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
      linkCard: variant.linkUrl ? (linkCards.get(variant.linkUrl) ?? null) : null,
      mediaIds: [...variant.mediaIds],
      ...threadOf(network, variant.threadParts, variant.firstComment),
    };
  });
}

/** Every link the post sends out (on the accounts it targets), once each: the cards to read. */
export function postLinks(stored: StoredPost): string[] {
  const links = publishTargets(stored).map((target) => target.linkUrl);
  return [...new Set(links.filter((link): link is string => !!link))];
}

/**
 * `evt.content.post.scheduled.v1` for a scheduled post as it now stands (`loadStoredPost`): its slot, its
 * recurrence in the brand's `timezone` and the exact content per target account, with the brand's
 * kept link cards.
 */
export function postScheduledEvent(
  stored: StoredPost,
  timezone: string,
  extra: { actorName?: string | null; linkCards?: ReadonlyMap<string, LinkCardSpec> } = {},
): PostScheduledEvent {
  const { post } = stored;
  const { linkCards, ...rest } = extra;
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
    targets: publishTargets(stored, linkCards),
    ...rest,
  };
}
