import { rulesFor } from './rules';
import { CountUnit, MediaKind, NetworkName, RuleOptions } from './types';

/** What the composer can offer on a network. */
export interface NetworkSupport {
  network: NetworkName;
  textLimit: number;
  unit: CountUnit;
  /** A comment the publisher adds under the post right after it (LinkedIn, Facebook). */
  firstComment: boolean;
  firstCommentLimit: number | null;
  /** Parts a thread may have, the text included (Facebook, LinkedIn: 2, the second as first comment). */
  threadMaxParts: number;
  /** A thread's second part goes out as the first comment (no self-replies on the network). */
  threadAsFirstComment: boolean;
  /** The network shows a preview card for the post's link (only when the post has no media). */
  linkPreview: boolean;
  /** The link is written into the text and counts against its limit even without media (X, Mastodon). */
  linkInText: boolean;
  /** Files per post, all kinds together. */
  maxMedia: number;
  /** Files per post of each kind; 0: the kind is refused. */
  maxMediaByKind: Record<MediaKind, number>;
  /** Kinds that must be the only file of their post. */
  mediaAlone: MediaKind[];
  /** Accepted content types per kind. */
  contentTypes: Record<MediaKind, string[]>;
}

export function networkSupports(network: NetworkName, options?: RuleOptions): NetworkSupport {
  const rules = rulesFor(network, options);
  const { kinds } = rules.media;
  const kindNames: MediaKind[] = ['image', 'gif', 'video'];
  const per = <T>(pick: (kind: MediaKind) => T) =>
    Object.fromEntries(kindNames.map((kind) => [kind, pick(kind)])) as Record<MediaKind, T>;
  return {
    network,
    textLimit: rules.text.limit,
    unit: rules.text.unit,
    firstComment: rules.firstComment !== null,
    firstCommentLimit: rules.firstComment?.limit ?? null,
    threadMaxParts: rules.thread.maxParts,
    threadAsFirstComment: rules.thread.as === 'firstComment',
    linkPreview: true,
    linkInText: rules.link === 'text',
    maxMedia: rules.media.maxCount,
    maxMediaByKind: per((kind) => Math.min(kinds[kind]?.maxCount ?? 0, rules.media.maxCount)),
    mediaAlone: [...rules.media.exclusiveKinds],
    contentTypes: per((kind) => [...(kinds[kind]?.contentTypes ?? [])]),
  };
}
