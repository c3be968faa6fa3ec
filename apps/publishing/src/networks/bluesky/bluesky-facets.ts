import { AppBskyRichtextFacet, RichText } from '@atproto/api';

export type Facet = AppBskyRichtextFacet.Main;

/** Each mentioned handle's DID, or null when the handle is nobody's. */
export type HandleDids = ReadonlyMap<string, string | null>;

/**
 * The links, mentions and tags (hashtags and cashtags) of a text, found by Bluesky's own client code
 * (`RichText` of `@atproto/api`): UTF-8 byte offsets, an address with its scheme linked on any host,
 * a bare one only on a public top-level domain, trailing punctuation left out. Mentions still carry
 * the handle in place of the DID: `withMentionDids` settles them.
 */
export function detectFacets(text: string): Facet[] {
  const richText = new RichText({ text });
  richText.detectFacetsWithoutResolution();
  return richText.facets ?? [];
}

/** The handles the facets mention, each once. */
export function mentionedHandles(facets: readonly Facet[]): string[] {
  const handles = facets.flatMap((facet) =>
    facet.features.filter(AppBskyRichtextFacet.isMention).map((mention) => mention.did),
  );
  return [...new Set(handles)];
}

/**
 * The facets with each mention pointing at its DID. A handle that resolves to nobody keeps no
 * facet (it stays plain text, as the Bluesky app leaves it), the rest of the post is unchanged.
 */
export function withMentionDids(facets: readonly Facet[], dids: HandleDids): Facet[] {
  return facets.flatMap((facet) => {
    const features = facet.features.flatMap((feature) => {
      if (!AppBskyRichtextFacet.isMention(feature)) return [feature];
      const did = dids.get(feature.did);
      return did ? [{ ...feature, did }] : [];
    });
    return features.length > 0 ? [{ ...facet, features }] : [];
  });
}
