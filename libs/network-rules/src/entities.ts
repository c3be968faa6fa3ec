import twitterText from 'twitter-text';
import { NetworkName } from './types';

export type EntityKind = 'url' | 'hashtag' | 'mention';

/** A link, hashtag or mention found in a text; `start`/`end` are UTF-16 offsets (`String#slice`). */
export interface TextEntity {
  kind: EntityKind;
  start: number;
  end: number;
  /** The entity as written. */
  text: string;
}

const WORD = String.raw`[\p{L}\p{M}\p{N}\p{Pc}]`;

/**
 * Mastodon's `Account::MENTION_RE`: `@user` or `@user@domain`, not preceded by `=`, `/` or a word
 * character (so no match inside an e-mail address or a URL). Group 1 is the `@user` part.
 */
const MASTODON_MENTION = new RegExp(
  String.raw`(?<![=/]|${WORD})(@[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@${WORD}+(?:[.-]+${WORD}+)*)?`,
  'giu',
);

/** A Bluesky handle is a domain name: `@alice.bsky.social`, after a space, `(` or the start. */
const BLUESKY_MENTION =
  /(?<=^|[\s(])@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/giu;

/** `#word`, not inside a word or after `&`/`/`/`#`, with at least one letter (`#2025` is not a tag). */
export const HASHTAG = new RegExp(String.raw`(?<![&/#]|${WORD})#(${WORD}*[\p{L}\p{M}_]${WORD}*)`, 'gu');

function regexEntities(kind: EntityKind, text: string, pattern: RegExp): TextEntity[] {
  return [...text.matchAll(pattern)].map((match) => ({
    kind,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

function urls(network: NetworkName, text: string): TextEntity[] {
  // Mastodon links only URLs written with their scheme; the other networks also link `example.com`.
  const extractUrlsWithoutProtocol = network !== 'mastodon';
  return twitterText
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol })
    .map(({ url, indices: [start, end] }) => ({ kind: 'url', start, end, text: url }));
}

function mentions(network: NetworkName, text: string): TextEntity[] {
  switch (network) {
    case 'x':
      return twitterText.extractMentionsWithIndices(text).map(({ indices: [start, end] }) => ({
        kind: 'mention',
        start,
        end,
        text: text.slice(start, end),
      }));
    case 'mastodon':
      return regexEntities('mention', text, MASTODON_MENTION);
    case 'bluesky':
      return regexEntities('mention', text, BLUESKY_MENTION);
    case 'linkedin':
    case 'facebook_page':
      // Their mentions are API annotations on a chosen page or member, not `@text`.
      return [];
  }
}

/** Sorted by position; where two overlap (a `@user` inside a URL), the earlier, then the URL, wins. */
function withoutOverlaps(entities: TextEntity[]): TextEntity[] {
  const order: Record<EntityKind, number> = { url: 0, mention: 1, hashtag: 2 };
  const sorted = [...entities].sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind]);
  const kept: TextEntity[] = [];
  for (const entity of sorted) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) continue;
    kept.push(entity);
  }
  return kept;
}

/** The links, mentions and hashtags of a text as the network recognises them, in order, not overlapping. */
export function extractEntities(network: NetworkName, text: string): TextEntity[] {
  return withoutOverlaps([
    ...urls(network, text),
    ...mentions(network, text),
    ...regexEntities('hashtag', text, HASHTAG),
  ]);
}

/**
 * Mastodon's counting rewrite (`StatusLengthValidator#countable_text`): every URL becomes `urlLength`
 * characters and `@user@domain` becomes `@user`.
 */
export function mastodonCountableText(text: string, urlLength: number): string {
  const entities = withoutOverlaps([
    ...urls('mastodon', text),
    ...regexEntities('mention', text, MASTODON_MENTION),
  ]);
  let result = '';
  let cursor = 0;
  for (const entity of entities) {
    result += text.slice(cursor, entity.start);
    if (entity.kind === 'url') {
      result += 'x'.repeat(urlLength);
    } else {
      const local = new RegExp(MASTODON_MENTION.source, 'iu').exec(entity.text);
      result += local?.[1] ?? entity.text;
    }
    cursor = entity.end;
  }
  return result + text.slice(cursor);
}
