import { LinkCardSpec, LinkCardView } from '@relais/contracts';
import { LinkCardEntity } from './link-card.entity';

export function toLinkCardView(card: LinkCardEntity): LinkCardView {
  return {
    url: card.url,
    title: card.title,
    description: card.description,
    siteName: card.siteName,
    imageUrl: card.imageUrl,
    thumbnailMediaId: card.thumbnailMediaId,
    fetchedAt: card.fetchedAt.toISOString(),
  };
}

/** The card as the scheduled event carries it to the publishing service. */
export function toLinkCardSpec(card: LinkCardEntity): LinkCardSpec {
  return {
    url: card.url,
    title: card.title,
    description: card.description,
    thumbnailMediaId: card.thumbnailMediaId,
  };
}
