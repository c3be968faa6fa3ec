import { HASHTAG } from './entities';
import { NETWORK_NAMES, NetworkName } from './types';

/** A brand's editorial guidelines, as far as they can be checked on the text. */
export interface Guidelines {
  /** Words or phrases that must not appear (`merde`, `va te faire`). */
  bannedWords: readonly string[];
  /** Hashtags every text must carry, with or without their `#`. */
  requiredHashtags: readonly string[];
  /** Every picture needs a description (alt text) before the post can be scheduled. */
  requireAltText?: boolean;
}

export interface BannedWordHit {
  /** The banned word as configured. */
  word: string;
  /** How it is written in the text (first occurrence), for highlighting. */
  match: string;
  /** Which network's text, when the texts were given per network. */
  network?: NetworkName;
}

export interface GuidelineReport {
  banned: BannedWordHit[];
  /** Required hashtags (as configured, with `#`) missing from at least one of the texts. */
  missingHashtags: string[];
  /** The same, per network, when the texts were given per network. */
  missingHashtagsByNetwork: Partial<Record<NetworkName, string[]>>;
}

const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};

/** Lower case without diacritics: `Éco`, `ÉCO`, `eco` and `éco` all become `eco`; `Œuvre` → `oeuvre`. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/gu, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter);
}

interface Token {
  folded: string;
  start: number;
  end: number;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** Inside a hashtag, `#MerdeAlors` and `#merde2025` are read as separate words. */
const HASHTAG_WORD_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

function tokenize(text: string): Token[] {
  const hashtags = [...text.matchAll(HASHTAG)].map((tag) => [tag.index, tag.index + tag[0].length]);
  const tokens: Token[] = [];
  for (const run of text.matchAll(WORD_RUN)) {
    const inHashtag = hashtags.some(([start = 0, end = 0]) => run.index > start && run.index < end);
    const parts = inHashtag ? run[0].split(HASHTAG_WORD_BREAK) : [run[0]];
    let start = run.index;
    for (const part of parts) {
      tokens.push({ folded: foldForMatching(part), start, end: start + part.length });
      start += part.length;
    }
  }
  return tokens;
}

/** The whole-word occurrences of a banned word or phrase, word for word: `ass` is not in `assassin`. */
function findBanned(text: string, tokens: Token[], word: string): string | null {
  const wanted = [...foldForMatching(word).matchAll(WORD_RUN)].map((match) => match[0]);
  if (wanted.length === 0) return null;
  for (let i = 0; i + wanted.length <= tokens.length; i += 1) {
    if (wanted.every((part, offset) => tokens[i + offset]?.folded === part)) {
      const first = tokens[i];
      const last = tokens[i + wanted.length - 1];
      if (first && last) return text.slice(first.start, last.end);
    }
  }
  return null;
}

function hashtagKey(tag: string): string {
  return tag.replace(/^#+/, '').trim().normalize('NFC').toLowerCase();
}

function hashtagsOf(text: string): Set<string> {
  return new Set([...text.matchAll(HASHTAG)].map((match) => hashtagKey(match[1] ?? '')));
}

function checkOne(
  text: string,
  guidelines: Guidelines,
  network: NetworkName | undefined,
): { banned: BannedWordHit[]; missing: string[] } {
  const tokens = tokenize(text);
  const banned: BannedWordHit[] = [];
  for (const word of new Set(guidelines.bannedWords)) {
    const match = findBanned(text, tokens, word);
    if (match !== null) banned.push(network ? { word, match, network } : { word, match });
  }
  const present = hashtagsOf(text);
  const missing = guidelines.requiredHashtags
    .filter((tag) => hashtagKey(tag) !== '' && !present.has(hashtagKey(tag)))
    .map((tag) => `#${tag.trim().replace(/^#+/, '')}`);
  return { banned, missing };
}

/**
 * Checks one text, or each network's text, against a brand's guidelines.
 *
 * Banned words match whole words, ignoring case and diacritics both ways (`merde` finds `Merde`, `éco`
 * finds `eco` and `ÉCO`), and inside hashtags (`#merde`, `#MerdeAlors`, `#merde_2025`), but never inside
 * a longer word (`ass` does not find `assassin`). A phrase matches its words in a row, whatever the
 * punctuation between them. Hashtags compare ignoring case only: `#Été` and `#ete` are different tags
 * on the networks.
 */
export function checkGuidelines(
  texts: string | Partial<Record<NetworkName, string>>,
  guidelines: Guidelines,
): GuidelineReport {
  if (typeof texts === 'string') {
    const { banned, missing } = checkOne(texts, guidelines, undefined);
    return { banned, missingHashtags: missing, missingHashtagsByNetwork: {} };
  }
  const report: GuidelineReport = { banned: [], missingHashtags: [], missingHashtagsByNetwork: {} };
  const missingAnywhere = new Set<string>();
  for (const network of NETWORK_NAMES) {
    const text = texts[network];
    if (text === undefined) continue;
    const { banned, missing } = checkOne(text, guidelines, network);
    report.banned.push(...banned);
    if (missing.length > 0) report.missingHashtagsByNetwork[network] = missing;
    missing.forEach((tag) => missingAnywhere.add(tag));
  }
  report.missingHashtags = [...missingAnywhere];
  return report;
}
