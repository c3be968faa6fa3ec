import { Network } from '@relais/contracts';

/** What a listened item is to the account it concerns. */
export const LISTENING_KINDS = ['mention', 'comment', 'reply', 'message', 'post'] as const;
export type ListeningKind = (typeof LISTENING_KINDS)[number];

/** The tone the generator gave a text (kept for tests and stats, never shown by a network). */
export type Sentiment = 'positive' | 'neutral' | 'negative';

/** Someone on a network: ids in the network's own form (snowflake, DID, page-scoped id, person URN). */
export interface ListeningAuthor {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl: string;
}

/**
 * One thing said on a network that listening reads: a public post, a mention of an account, a comment or
 * reply under a post, or a direct message. Items are ordered by `seq`, the order they arrived in; network
 * ids (snowflakes, TIDs) grow with it, so cursors never skip an item that arrives while a client pages.
 */
export interface ListeningItem {
  /** Arrival order over every network (1, 2, ...). */
  seq: number;
  network: Network;
  kind: ListeningKind;
  /** The network's id: a snowflake (Mastodon, X), an `at://` URI (Bluesky), a Graph id, a comment id. */
  id: string;
  /** External id of the account it concerns (mentioned, commented on, written to); null for public posts. */
  accountId: string | null;
  author: ListeningAuthor;
  text: string;
  /** BCP 47 language code (`fr`, `en`, `de`, ...). */
  lang: string;
  /** Unix milliseconds (the given date of an injected item, else its arrival). */
  createdAt: number;
  /** Microseconds at arrival, strictly increasing (Bluesky's Jetstream cursor). */
  timeUs: number;
  /** The post or comment it answers (null for a top-level item). */
  parentId: string | null;
  /** The thread's first post (the item itself when top-level). */
  rootId: string;
  hidden: boolean;
  deleted: boolean;
  likeCount: number;
  /** The brand a generated item talks about, if any. */
  topic: string | null;
  sentiment: Sentiment | null;
  /** Network-specific fields (Bluesky cid/rkey/record, Facebook post id, LinkedIn activity URN). */
  extra: Record<string, unknown>;
}

/** Hashtags of a text, lower-case, without `#`. */
export function hashtagsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\p{L}\p{N}_])#([\p{L}\p{N}_]+)/gu)].map((match) => match[1].toLowerCase());
}

/** `@handles` of a text, lower-case, without `@` (domain handles such as `acme.bsky.social` included). */
export function mentionsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\p{L}\p{N}_@])@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_])/gu)].map(
    (match) => match[1].toLowerCase(),
  );
}

/** Links of a text. */
export function linksOf(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}
