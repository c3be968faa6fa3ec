import type { Language, Network, PostStatus, ReviewLinkDecision } from '@relais/web-graphql';

/*
 * What the public review page reads from `reviewLinkSession`: only the fields its components use (the
 * query's generated result type is assignable to these).
 */

export type ReviewLinkDecisionValue = ReviewLinkDecision;

export interface ReviewMediaView {
  url: string | null;
  kind: string;
  altText: string | null;
  width: number | null;
  height: number | null;
}

export interface ReviewVariantView {
  network: Network;
  text: string | null;
  linkUrl: string | null;
  /** The thread's parts after the text, as this network receives them. */
  threadParts: readonly string[];
  firstComment: string | null;
  media: readonly ReviewMediaView[];
}

export interface ReviewCommentView {
  id: string;
  parentId: string | null;
  body: string;
  authorName: string | null;
  viaLink: boolean;
  createdAt: string;
  deleted: boolean;
}

export interface ReviewPostView {
  id: string;
  title: string | null;
  status: PostStatus;
  scheduledAt: string | null;
  timezone: string;
  baseText: string | null;
  variants: readonly ReviewVariantView[];
  decision: ReviewLinkDecision | null;
  comments: readonly ReviewCommentView[];
}

export interface ReviewSessionView {
  brandName: string;
  language: Language;
  recipientName: string;
  expiresAt: string;
  posts: readonly ReviewPostView[];
}
