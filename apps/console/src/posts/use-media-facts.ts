import { useApolloClient } from '@apollo/client/react';
import type { MediaFacts } from '@relais/network-rules';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { useEffect, useState } from 'react';
import { MediaItemQuery } from '../media/media.graphql';

export type LoadedMedia = Map<string, MediaFieldsFragment>;

/**
 * The library files a draft uses, loaded once each (from the cache when already seen); `reload` reads
 * them again (after an edit of their alt text, which the cache already holds).
 */
export function useMediaFacts(ids: readonly string[]): { media: LoadedMedia; reload(): void } {
  const client = useApolloClient();
  const key = [...new Set(ids)].sort().join(',');
  const [loaded, setLoaded] = useState<LoadedMedia>(new Map());
  const [round, setRound] = useState(0);
  useEffect(() => {
    const wanted = key === '' ? [] : key.split(',');
    let current = true;
    void Promise.all(
      wanted.map((id) =>
        client
          .query({ query: MediaItemQuery, variables: { id } })
          .then((result) => result.data?.media ?? null)
          .catch(() => null),
      ),
    ).then((items) => {
      if (!current) return;
      setLoaded(new Map(items.flatMap((item) => (item ? [[item.id, item] as const] : []))));
    });
    return () => {
      current = false;
    };
  }, [client, key, round]);
  return { media: loaded, reload: () => setRound((value) => value + 1) };
}

/** What the network rules need to know of a file; null while it is still being checked. */
export function mediaFacts(media: MediaFieldsFragment): MediaFacts | null {
  if (media.status !== 'READY') return null;
  return {
    kind: media.kind.toLowerCase() as MediaFacts['kind'],
    contentType: media.contentType,
    sizeBytes: media.sizeBytes,
    ...(media.width !== null ? { width: media.width } : {}),
    ...(media.height !== null ? { height: media.height } : {}),
    ...(media.durationMs !== null ? { durationMs: media.durationMs } : {}),
  };
}
