import { AppBskyFeedPost, BlobRef, jsonToLex } from '@atproto/api';
import { cidForCbor } from '@atproto/lex-data';
import { encodeDagCbor } from '../../core/dag-cbor';

export const POST_COLLECTION = 'app.bsky.feed.post';
export const MAX_GRAPHEMES = 300;
export const MAX_TEXT_BYTES = 3000;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function graphemes(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/**
 * The CID of a record: sha-256 over its DAG-CBOR encoding, as a PDS computes it (`$link`s as CID links,
 * blobs as their IPLD form).
 */
export async function recordCid(record: unknown): Promise<string> {
  return (await cidForCbor(encodeDagCbor(ipldOf(jsonToLex(record))))).toString();
}

function ipldOf(value: unknown): unknown {
  if (value instanceof BlobRef) return value.ipld();
  if (Array.isArray(value)) return value.map(ipldOf);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ipldOf(item)]));
  }
  return value;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** What a PDS says about an `app.bsky.feed.post` record it refuses, or null when it is valid. */
export function postRecordProblem(record: Record<string, unknown>): string | null {
  const prefix = `Invalid ${POST_COLLECTION} record:`;
  if (record.$type !== POST_COLLECTION) return `${prefix} Record/$type must be ${POST_COLLECTION}`;
  if (typeof record.text !== 'string') return `${prefix} Record must have the property "text"`;
  if (typeof record.createdAt !== 'string' || !DATETIME.test(record.createdAt)) {
    return `${prefix} Record/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)`;
  }
  if (record.text.trim().length === 0 && !record.embed) return `${prefix} Record/text must not be empty`;
  if (graphemes(record.text) > MAX_GRAPHEMES) {
    return `${prefix} Record/text must not be longer than ${MAX_GRAPHEMES} graphemes`;
  }
  if (Buffer.byteLength(record.text, 'utf8') > MAX_TEXT_BYTES) {
    return `${prefix} Record/text must not be longer than ${MAX_TEXT_BYTES} characters`;
  }
  // The rest of the lexicon (facets, embeds, replies, languages) as the PDS checks it.
  const lexicon = AppBskyFeedPost.validateRecord(record);
  return lexicon.success ? null : `${prefix} ${lexicon.error.message}`;
}

export function recordUri(did: string, collection: string, rkey: string): string {
  return `at://${did}/${collection}/${rkey}`;
}
