import { createHash } from 'node:crypto';
import { Network } from '@relais/contracts';
import { CBOR_DATA_CODEC, createCid, SHA256_HASH_CODE } from '@atproto/lex-data';
import { encodeDagCbor } from '../core/dag-cbor';
import { snowflake, tid } from '../core/ids';
import { POST_COLLECTION, recordUri } from '../networks/bluesky/bluesky-records';
import { ListeningAuthor, ListeningKind } from './listening-item';

/** What the surface needs to know of the post or comment an item answers. */
export interface ParentRef {
  id: string;
  rootId: string;
  authorId: string;
  /** Bluesky: the strong refs of the parent and of the thread's root. */
  cid: string | null;
  rootCid: string | null;
}

export interface SurfaceInput {
  network: Network;
  kind: ListeningKind;
  author: ListeningAuthor;
  text: string;
  lang: string;
  createdAt: number;
  parent: ParentRef | null;
  /** Handles and DIDs of accounts the text mentions (Bluesky facets). */
  mentioned: ReadonlyArray<{ handle: string; did: string }>;
  now: number;
}

/** The network's id for a new item and the fields its routes need (Bluesky records, Graph post ids). */
export function surfaceOf(input: SurfaceInput): { id: string; extra: Record<string, unknown> } {
  const parentAuthorId = input.parent?.authorId ?? null;
  switch (input.network) {
    case Network.Mastodon:
    case Network.X:
      return { id: snowflake(input.now), extra: { parentAuthorId } };
    case Network.Bluesky:
      return blueskySurface(input);
    case Network.FacebookPage: {
      const number = snowflake(input.now);
      if (input.kind === 'message') return { id: `m_${number}`, extra: { parentAuthorId } };
      const postPart = input.parent ? input.parent.rootId.split('_').pop() : input.author.id;
      return { id: `${postPart}_${number}`, extra: { parentAuthorId } };
    }
    case Network.LinkedIn: {
      const id = snowflake(input.now);
      const object = input.parent?.rootId ?? `urn:li:activity:${id}`;
      return { id, extra: { parentAuthorId, urn: `urn:li:comment:(${object},${id})`, object } };
    }
  }
}

function blueskySurface(input: SurfaceInput): { id: string; extra: Record<string, unknown> } {
  const rkey = tid(input.now);
  const uri = recordUri(input.author.id, POST_COLLECTION, rkey);
  const record: Record<string, unknown> = {
    $type: POST_COLLECTION,
    text: input.text,
    createdAt: new Date(input.createdAt).toISOString(),
    langs: [input.lang],
  };
  const facets = blueskyFacets(input.text, input.mentioned);
  if (facets.length > 0) record.facets = facets;
  const parent = input.parent;
  if (parent?.cid) {
    record.reply = {
      root: { uri: parent.rootId, cid: parent.rootCid ?? parent.cid },
      parent: { uri: parent.id, cid: parent.cid },
    };
  }
  return { id: uri, extra: { rkey, record, cid: cborCid(record), parentAuthorId: parent?.authorId ?? null } };
}

/** Mention and hashtag facets, at UTF-8 byte offsets as Bluesky wants them. */
function blueskyFacets(text: string, mentioned: ReadonlyArray<{ handle: string; did: string }>) {
  const facets: Record<string, unknown>[] = [];
  const bytesBefore = (index: number) => Buffer.byteLength(text.slice(0, index), 'utf8');
  for (const match of text.matchAll(/@([A-Za-z0-9.-]+[A-Za-z0-9])/g)) {
    const did = mentioned.find((person) => person.handle === match[1].toLowerCase())?.did;
    if (!did) continue;
    const byteStart = bytesBefore(match.index);
    facets.push({
      index: { byteStart, byteEnd: byteStart + Buffer.byteLength(match[0], 'utf8') },
      features: [{ $type: 'app.bsky.richtext.facet#mention', did }],
    });
  }
  for (const match of text.matchAll(/#([\p{L}\p{N}_]+)/gu)) {
    const byteStart = bytesBefore(match.index);
    facets.push({
      index: { byteStart, byteEnd: byteStart + Buffer.byteLength(match[0], 'utf8') },
      features: [{ $type: 'app.bsky.richtext.facet#tag', tag: match[1] }],
    });
  }
  return facets;
}

/** The CID of a record (DAG-CBOR, sha-256), computed at once (generated records hold no blobs). */
export function cborCid(record: unknown): string {
  const digest = createHash('sha256').update(encodeDagCbor(record)).digest();
  return createCid(CBOR_DATA_CODEC, SHA256_HASH_CODE, digest).toString();
}
