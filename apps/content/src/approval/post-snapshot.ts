import { Network } from '@relais/contracts';
import { StoredPost } from '../posts/post.repository';

export interface SnapshotVariant {
  network: Network;
  customized: boolean;
  text: string;
  linkUrl: string | null;
  mediaIds: string[];
  /** Absent in snapshots taken before threads existed: none. */
  threadParts?: string[];
  firstComment: string | null;
}

/** What a review round was about: the post's content as it was submitted. */
export interface PostSnapshot {
  title: string;
  baseText: string;
  linkUrl: string | null;
  mediaIds: string[];
  /** Absent in snapshots taken before threads existed: none. */
  threadParts?: string[];
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
    threadParts: [...post.threadParts],
    targets: stored.targets.map(({ accountId, network }) => ({ accountId, network })),
    variants: stored.variants.map((variant) => ({
      network: variant.network,
      customized: variant.customized,
      text: variant.text,
      linkUrl: variant.linkUrl,
      mediaIds: [...variant.mediaIds],
      threadParts: [...variant.threadParts],
      firstComment: variant.firstComment,
    })),
    scheduledAt: post.scheduledAt ? post.scheduledAt.toISOString() : null,
  };
}
