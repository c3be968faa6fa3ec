import { Network } from '../networks';

/** What an item heard is, on its network. */
export enum ListeningItemKind {
  /** The brand's account named in a post. */
  Mention = 'mention',
  /** A comment under one of the brand's posts. */
  Comment = 'comment',
  /** A reply to a comment or a mention. */
  Reply = 'reply',
  /** A direct message to the brand's account. */
  Message = 'message',
  /** A public post matched by a listening query. */
  Post = 'post',
}

export enum Sentiment {
  Positive = 'positive',
  Neutral = 'neutral',
  Negative = 'negative',
}

/**
 * `evt.listening.item.ingested.v1`: an item heard for a brand, once (whatever the redeliveries and
 * overlapping polls). Analytics counts volumes by sentiment and tag from it.
 */
export interface ListeningItemIngestedEvent {
  itemId: string;
  brandId: string;
  network: Network;
  kind: ListeningItemKind;
  /** The brand's account it was heard through; null for public listening. */
  accountId: string | null;
  conversationKey: string;
  language: string | null;
  sentiment: Sentiment | null;
  tags: string[];
  publishedAt: string;
  ingestedAt: string;
}
