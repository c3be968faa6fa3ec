import {
  checkGuidelines,
  countFirstComment,
  countText,
  countThreadPart,
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
  /** Each thread part after the text, counted as the network counts it (a reply, or the first comment). */
  parts: TextCount[];
  /**
   * How the network takes the thread: `replies` (each part a reply), `firstComment` (Facebook, LinkedIn:
   * the one further part becomes the first comment), `refused` (more parts than it takes), `none`.
   */
  thread: 'none' | 'replies' | 'firstComment' | 'refused';
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

function threadMode(support: NetworkSupport, further: number): NetworkCheck['thread'] {
  if (further === 0) return 'none';
  if (further + 1 > support.threadMaxParts) return 'refused';
  return support.threadAsFirstComment ? 'firstComment' : 'replies';
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
      threadParts: variant.threadParts,
    };
    const hasMedia = variant.mediaIds.length > 0;
    const violations = validateVariant(name, input).filter(
      (violation) => !(hasMedia && violation.rule === 'EMPTY'),
    );
    const comment = variant.firstComment.trim() ? countFirstComment(name, variant.firstComment) : null;
    const support = networkSupports(name);
    const report = checkGuidelines([variant.text, ...variant.threadParts, variant.firstComment].join('\n'), {
      bannedWords: [],
      requiredHashtags: guidelines.requiredHashtags,
    });
    return {
      network,
      support,
      count: countText(name, publishedText(name, input)),
      firstComment: comment,
      parts: variant.threadParts.map((part) => countThreadPart(name, part)),
      thread: threadMode(support, variant.threadParts.length),
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
  for (const part of draft.threadParts) scan(part, null);
  for (const network of networks) {
    const variant = effectiveVariant(draft, network);
    if (variant.customized) {
      scan(variant.text, network);
      for (const part of variant.threadParts) scan(part, network);
    }
    if (variant.firstComment.trim()) scan(variant.firstComment, network);
  }
  return { networks: checks, banned };
}

/** Whether anything would make the service refuse the post. */
export function blocksSaving(check: LiveCheck): boolean {
  return check.banned.length > 0 || check.networks.some((network) => network.violations.length > 0);
}
