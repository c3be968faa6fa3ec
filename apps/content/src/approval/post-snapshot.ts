import { Network } from '@relais/contracts';
import { StoredPost } from '../posts/post.repository';

export interface SnapshotVariant {
  network: Network;
  customized: boolean;
  text: string;
  linkUrl: string | null;
  mediaIds: string[];
  firstComment: string | null;
}

/** What a review round was about: the post's content as it was submitted. */
export interface PostSnapshot {
  title: string;
  baseText: string;
  linkUrl: string | null;
  mediaIds: string[];
  targets: { accountId: string; network: Network }[];
  variants: SnapshotVariant[];
  scheduledAt: string | null;
}

export function snapshotOf(stored: StoredPost): PostSnapshot {
  const { post } = stored;
  return {
    title: post.title,
    baseText: post.baseText,
    linkUrl: post.linkUrl,
    mediaIds: [...post.mediaIds],
    targets: stored.targets.map(({ accountId, network }) => ({ accountId, network })),
    variants: stored.variants.map((variant) => ({
      network: variant.network,
      customized: variant.customized,
      text: variant.text,
      linkUrl: variant.linkUrl,
      mediaIds: [...variant.mediaIds],
      firstComment: variant.firstComment,
    })),
    scheduledAt: post.scheduledAt ? post.scheduledAt.toISOString() : null,
  };
}
