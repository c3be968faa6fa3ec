import {
  checkGuidelines,
  countFirstComment,
  countText,
  networkSupports,
  publishedText,
  validateVariant,
  type MediaFacts,
  type NetworkName,
  type NetworkSupport,
  type TextCount,
  type Violation,
} from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import { effectiveVariant, type ComposerDraft } from './composer-draft';
import { mediaFacts, type LoadedMedia } from './use-media-facts';

/** The rules library's name of a network (`FACEBOOK_PAGE` → `facebook_page`). */
export function ruleNetwork(network: Network): NetworkName {
  return network.toLowerCase() as NetworkName;
}

export interface NetworkCheck {
  network: Network;
  support: NetworkSupport;
  /** The text as the network counts it (the link appended where it goes in the text). */
  count: TextCount;
  firstComment: TextCount | null;
  violations: Violation[];
  /** Required hashtags this network's text (or first comment) misses. */
  missingHashtags: string[];
}

export interface LiveCheck {
  networks: NetworkCheck[];
  /** Banned words found anywhere, with where. */
  banned: { word: string; match: string; network: Network | null }[];
}

export interface Guidelines {
  bannedWords: readonly string[];
  requiredHashtags: readonly string[];
}

/**
 * What the networks and the brand's guidelines say while typing: the same library and rules the
 * service applies on save, with the facts of the files loaded so far (a file still loading is left
 * to the save, and a variant with files is never "empty").
 */
export function liveCheck(
  draft: ComposerDraft,
  networks: readonly Network[],
  guidelines: Guidelines,
  media: LoadedMedia = new Map(),
): LiveCheck {
  const checks = networks.map((network): NetworkCheck => {
    const name = ruleNetwork(network);
    const variant = effectiveVariant(draft, network);
    const facts = variant.mediaIds.flatMap((id): MediaFacts[] => {
      const file = media.get(id);
      const known = file ? mediaFacts(file) : null;
      return known ? [known] : [];
    });
    const input = {
      text: variant.text,
      linkUrl: variant.linkUrl,
      firstComment: variant.firstComment,
      media: facts,
    };
    const hasMedia = variant.mediaIds.length > 0;
    const violations = validateVariant(name, input).filter(
      (violation) => !(hasMedia && violation.rule === 'EMPTY'),
    );
    const comment = variant.firstComment.trim() ? countFirstComment(name, variant.firstComment) : null;
    const report = checkGuidelines(`${variant.text}\n${variant.firstComment}`, {
      bannedWords: [],
      requiredHashtags: guidelines.requiredHashtags,
    });
    return {
      network,
      support: networkSupports(name),
      count: countText(name, publishedText(name, input)),
      firstComment: comment,
      violations,
      missingHashtags: report.missingHashtags,
    };
  });

  const banned: LiveCheck['banned'] = [];
  const scan = (text: string, network: Network | null) => {
    for (const hit of checkGuidelines(text, { bannedWords: guidelines.bannedWords, requiredHashtags: [] })
      .banned) {
      if (!banned.some((known) => known.word === hit.word && known.network === network)) {
        banned.push({ word: hit.word, match: hit.match, network });
      }
    }
  };
  scan(draft.baseText, null);
  for (const network of networks) {
    const variant = effectiveVariant(draft, network);
    if (variant.customized) scan(variant.text, network);
    if (variant.firstComment.trim()) scan(variant.firstComment, network);
  }
  return { networks: checks, banned };
}

/** Whether anything would make the service refuse the post. */
export function blocksSaving(check: LiveCheck): boolean {
  return check.banned.length > 0 || check.networks.some((network) => network.violations.length > 0);
}
