import { ReviewLinkStatus, ReviewLinkView } from '@relais/contracts';
import { ReviewLinkEntity } from './review-link.entity';

/** Revoked first, then used up, then expired: what stops the link, as the agency sees it. */
export function statusOf(
  link: Pick<ReviewLinkEntity, 'revokedAt' | 'usedAt' | 'expiresAt'>,
  now = new Date(),
): ReviewLinkStatus {
  if (link.revokedAt) return ReviewLinkStatus.Revoked;
  if (link.usedAt) return ReviewLinkStatus.Used;
  if (link.expiresAt.getTime() <= now.getTime()) return ReviewLinkStatus.Expired;
  return ReviewLinkStatus.Active;
}

export function toReviewLinkView(link: ReviewLinkEntity): ReviewLinkView {
  return {
    id: link.id,
    brandId: link.brandId,
    postIds: [...link.postIds],
    recipientName: link.recipientName,
    recipientEmail: link.recipientEmail,
    expiresAt: link.expiresAt.toISOString(),
    createdAt: link.createdAt.toISOString(),
    createdByName: link.createdByName,
    status: statusOf(link),
  };
}
