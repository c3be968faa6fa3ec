import type { ReviewLinkStatus } from '@relais/web-graphql';

/* What the review-link components read: only the fields they use (the generated result types are assignable to these). */

export type ReviewLinkStatusValue = ReviewLinkStatus;

export interface ReviewLinkView {
  id: string;
  postIds: readonly string[];
  recipientName: string;
  recipientEmail: string | null;
  expiresAt: string;
  createdAt: string;
  createdByName: string | null;
  status: ReviewLinkStatusValue;
}
