import { ListeningItemKind, Network } from '@relais/contracts';

/** An item as a network's API gave it, in one shape whatever the network. */
export interface HeardItem {
  network: Network;
  /** The network's own id (a status id, an AT URI, a Graph comment id, a post id). */
  externalId: string;
  kind: ListeningItemKind;
  /** The brand's account it was heard through; null for public listening. */
  accountId: string | null;
  /** Shared by the items of one conversation (the network and the id of its first item). */
  conversationKey: string;
  parentExternalId: string | null;
  url: string | null;
  author: { externalId: string; handle: string; name: string | null };
  text: string;
  /** The language the network states (Mastodon, Bluesky, X give one), if any. */
  language: string | null;
  hasLink: boolean;
  publishedAt: Date;
}

/** Longest text kept for one item (a Facebook comment may reach 8,000 characters; a page more). */
export const MAX_ITEM_TEXT = 20_000;

/**
 * The text as Postgres can store it: without NUL characters or lone surrogates (which a network
 * can send and which would refuse the whole batch), trimmed to `max` characters.
 */
export function storableText(text: string, max = MAX_ITEM_TEXT): string {
  const kept = text.replaceAll('\u0000', '').slice(0, max);
  return kept.replace(LONE_SURROGATE, '\ufffd');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
