import { createHash } from 'node:crypto';
import { extractEntities } from '@relais/network-rules';

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

export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: Array<
    | { $type: 'app.bsky.richtext.facet#link'; uri: string }
    | { $type: 'app.bsky.richtext.facet#tag'; tag: string }
  >;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Links and hashtags of the text as rich-text facets, with UTF-8 byte offsets as the lexicon wants. */
export function blueskyFacets(text: string): Facet[] {
  const facets: Facet[] = [];
  for (const entity of extractEntities('bluesky', text)) {
    if (entity.kind === 'mention') continue;
    const byteStart = utf8Length(text.slice(0, entity.start));
    const byteEnd = byteStart + utf8Length(text.slice(entity.start, entity.end));
    if (entity.kind === 'url') {
      const uri = /^https?:\/\//i.test(entity.text) ? entity.text : `https://${entity.text}`;
      facets.push({
        index: { byteStart, byteEnd },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
      });
    } else {
      const tag = entity.text.replace(/^#/, '');
      facets.push({
        index: { byteStart, byteEnd },
        features: [{ $type: 'app.bsky.richtext.facet#tag', tag }],
      });
    }
  }
  return facets;
}

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

/** The `app.bsky.feed.post` record of a post or of a reply under `root`. */
export function blueskyPostRecord(
  text: string,
  createdAt: Date,
  options: { linkUrl?: string | null; replyTo?: StrongRef } = {},
): Record<string, unknown> {
  const facets = blueskyFacets(text);
  const link = options.linkUrl?.trim();
  return {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: createdAt.toISOString(),
    ...(facets.length > 0 ? { facets } : {}),
    ...(link && !text.includes(link) ? { embed: blueskyLinkEmbed(link) } : {}),
    ...(options.replyTo ? { reply: { root: options.replyTo, parent: options.replyTo } } : {}),
  };
}

/** `at://did/app.bsky.feed.post/rkey` → the bsky.app address of the post. */
export function blueskyPostUrl(did: string, rkey: string): string {
  return `https://bsky.app/profile/${did}/post/${rkey}`;
}
