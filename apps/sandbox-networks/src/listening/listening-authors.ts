import { createHash } from 'node:crypto';
import { Network } from '@relais/contracts';
import { ListeningAuthor } from './listening-item';

/** An author as a control request or the generator names them; missing ids are derived from the handle. */
export interface AuthorInput {
  id?: string;
  handle: string;
  displayName?: string;
  avatarUrl?: string;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const MAX_CACHED = 20_000;
const cache = new Map<string, ListeningAuthor>();

/**
 * The author on a network, with an id of the network's form derived from the handle (the same person
 * keeps the same id): a snowflake-sized number (Mastodon, X), a `did:plc` (Bluesky, whose handles are
 * domains), a page-scoped numeric id (Facebook), a person URN (LinkedIn).
 */
export function authorOn(network: Network, input: AuthorInput): ListeningAuthor {
  const cacheKey = `${network}|${input.id ?? ''}|${input.handle}|${input.displayName ?? ''}|${input.avatarUrl ?? ''}`;
  const known = cache.get(cacheKey);
  if (known) return known;
  const handle =
    network === Network.Bluesky && !input.handle.includes('.') ? `${input.handle}.bsky.social` : input.handle;
  const author: ListeningAuthor = {
    id: input.id ?? derivedId(network, handle),
    handle,
    displayName: input.displayName ?? handle,
    avatarUrl: input.avatarUrl ?? `https://avatars.sandbox.test/${network}/${encodeURIComponent(handle)}.png`,
  };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(cacheKey, author);
  return author;
}

function derivedId(network: Network, handle: string): string {
  const digest = createHash('sha256').update(`${network}:${handle}`).digest();
  switch (network) {
    case Network.Bluesky: {
      let did = '';
      for (let i = 0; i < 24; i++) did += BASE32[digest[i] & 31];
      return `did:plc:${did}`;
    }
    case Network.LinkedIn:
      return `urn:li:person:${digest.toString('base64url').replace(/[-_]/g, '').slice(0, 10)}`;
    case Network.FacebookPage:
      return `7${(digest.readBigUInt64BE(0) % 10n ** 15n).toString().padStart(15, '0')}`;
    case Network.Mastodon:
    case Network.X:
      return (1_000_000_000_000_000n + (digest.readBigUInt64BE(0) % 9_000_000_000_000_000n)).toString();
  }
}
