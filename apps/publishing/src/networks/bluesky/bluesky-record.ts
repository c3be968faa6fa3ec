import { createHash } from 'node:crypto';
import { ThreadReply } from '../network-adapter';
import { Facet } from './bluesky-facets';

/** The base32-sortable alphabet of record keys shaped as TIDs. */
const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * The record key of a publication: a TID-shaped key (13 characters, 64-bit value with its top bit
 * clear) taken from a hash of the idempotency key, so every resend targets the same record and the
 * PDS refuses a second one.
 */
export function blueskyRkey(idempotencyKey: string): string {
  const digest = createHash('sha256').update(idempotencyKey, 'utf8').digest();
  let value = digest.readBigUInt64BE(0) & 0x7fff_ffff_ffff_ffffn;
  let key = '';
  for (let i = 0; i < 13; i += 1) {
    key = TID_ALPHABET[Number(value & 31n)] + key;
    value >>= 5n;
  }
  return key;
}

export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/** An external link card, for the post's link when it is not in the text (Bluesky places links as cards). */
export function blueskyLinkEmbed(linkUrl: string): Record<string, unknown> {
  let title = linkUrl;
  try {
    title = new URL(linkUrl).hostname;
  } catch {
    // The link was validated when the post was written; keep it as its own title otherwise.
  }
  return { $type: 'app.bsky.embed.external', external: { uri: linkUrl, title, description: '' } };
}

export interface StrongRef {
  uri: string;
  cid: string;
}

/** A reply's `root` and `parent` strong refs, from the parts a thread recorded (null: a CID is missing). */
export function blueskyReplyRefs(reply: ThreadReply): { root: StrongRef; parent: StrongRef } | null {
  const { root, parent } = reply;
  if (!root.cid || !parent.cid) return null;
  return {
    root: { uri: root.externalId, cid: root.cid },
    parent: { uri: parent.externalId, cid: parent.cid },
  };
}

/**
 * The `app.bsky.feed.post` record of a post or of a reply under `root`, with the text's facets and
 * its embed (media or link card, built by `blueskyMediaEmbed`); without one, a link not in the text
 * gets a bare card of its own.
 */
export function blueskyPostRecord(
  text: string,
  createdAt: Date,
  options: {
    facets?: Facet[];
    linkUrl?: string | null;
    replyTo?: StrongRef;
    /** A part of a thread: under `parent`, in the thread `root` starts. */
    reply?: { root: StrongRef; parent: StrongRef };
    embed?: Record<string, unknown> | null;
  } = {},
): Record<string, unknown> {
  const facets = options.facets ?? [];
  const link = options.linkUrl?.trim();
  const embed = options.embed ?? (link && !text.includes(link) ? blueskyLinkEmbed(link) : null);
  return {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: createdAt.toISOString(),
    ...(facets.length > 0 ? { facets } : {}),
    ...(embed ? { embed } : {}),
    ...(options.replyTo ? { reply: { root: options.replyTo, parent: options.replyTo } } : {}),
    ...(options.reply ? { reply: options.reply } : {}),
  };
}

/** `at://did/app.bsky.feed.post/rkey` → the bsky.app address of the post. */
export function blueskyPostUrl(did: string, rkey: string): string {
  return `https://bsky.app/profile/${did}/post/${rkey}`;
}
