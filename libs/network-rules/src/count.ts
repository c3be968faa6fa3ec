import twitterText from 'twitter-text';
import { mastodonCountableText } from './entities';
import { NetworkRules, rulesFor } from './rules';
import { CountUnit, NetworkName, RuleOptions, TextCount } from './types';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

/** User-perceived characters: `👨‍👩‍👧‍👦`, `👍🏽`, `🇫🇷` and `é` written as e + accent are 1 each. */
export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count += 1;
  return count;
}

/** Grapheme boundaries as UTF-16 offsets, the text's length included, 0 excluded. */
export function graphemeEnds(text: string): number[] {
  return [...graphemeSegmenter.segment(text)].map(({ index, segment }) => index + segment.length);
}

export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

function measure(network: NetworkName, rules: NetworkRules, text: string): number {
  switch (rules.text.unit) {
    case 'weighted':
      // twitter-text's current configuration (version 3) is X's: 280 weighted, URLs 23, emoji 2.
      return twitterText.parseTweet(text).weightedLength;
    case 'graphemes':
      return countGraphemes(
        network === 'mastodon' && rules.text.urlLength !== undefined
          ? mastodonCountableText(text, rules.text.urlLength)
          : text,
      );
    case 'characters':
      return text.length;
  }
}

function toCount(used: number, limit: number, unit: CountUnit): TextCount {
  return { used, limit, remaining: limit - used, unit };
}

/** One limit a text must stay within; `bytes` is UTF-8 size. */
export interface TextLimit {
  used: number;
  limit: number;
  unit: CountUnit | 'bytes';
}

/**
 * How much of the network's text limit a text uses, counted the network's way: X's weighted length
 * (twitter-text, URLs 23), Bluesky's graphemes (links at their full length), Mastodon's graphemes
 * (URLs 23, `@user@domain` as `@user`, limit per server through `options.maxCharacters`), LinkedIn's and
 * Facebook's characters.
 */
export function countText(network: NetworkName, text: string, options?: RuleOptions): TextCount {
  const rules = rulesFor(network, options);
  return toCount(measure(network, rules, text), rules.text.limit, rules.text.unit);
}

/**
 * Every limit a text must stay within: the network's count first, then any second limit (Bluesky's
 * 3,000 UTF-8 bytes, which 300 graphemes of emoji families can pass).
 */
export function textLimits(network: NetworkName, text: string, options?: RuleOptions): TextLimit[] {
  const rules = rulesFor(network, options);
  const limits: TextLimit[] = [
    { used: measure(network, rules, text), limit: rules.text.limit, unit: rules.text.unit },
  ];
  if (rules.text.maxUtf8Bytes !== undefined) {
    limits.push({ used: utf8Length(text), limit: rules.text.maxUtf8Bytes, unit: 'bytes' });
  }
  return limits;
}

/**
 * The first comment counted like a post on the same network, against the network's comment limit;
 * null where the network has no first comment.
 */
export function countFirstComment(
  network: NetworkName,
  text: string,
  options?: RuleOptions,
): TextCount | null {
  const rules = rulesFor(network, options);
  if (!rules.firstComment) return null;
  return toCount(measure(network, rules, text), rules.firstComment.limit, rules.text.unit);
}

/**
 * The limits one part of a thread after the first must stay within: a reply is counted like the text
 * (X, Bluesky, Mastodon); where the second part becomes the first comment (Facebook, LinkedIn), like the
 * first comment. Parts carry no link and no media: the link stays on part 1.
 */
export function threadPartLimits(network: NetworkName, part: string, options?: RuleOptions): TextLimit[] {
  const rules = rulesFor(network, options);
  if (rules.thread.as === 'replies' || !rules.firstComment) return textLimits(network, part, options);
  return [{ used: measure(network, rules, part), limit: rules.firstComment.limit, unit: rules.text.unit }];
}

/** How much of its limit one thread part uses (the first limit of `threadPartLimits`), for the counters. */
export function countThreadPart(network: NetworkName, part: string, options?: RuleOptions): TextCount {
  const [main] = threadPartLimits(network, part, options);
  const rules = rulesFor(network, options);
  return toCount(main?.used ?? 0, main?.limit ?? rules.text.limit, rules.text.unit);
}
