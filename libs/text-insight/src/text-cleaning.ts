/** Texts longer than this are cut before any analysis: a listened item is a post or a comment, not a book. */
export const MAX_TEXT_LENGTH = 2000;

const URL =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|fr|io|me|ly|xyz|biz|shop|win|click|co\.uk)\/\S*/giu;
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
const HASHTAG = /(?<![\p{L}\p{N}_])#([\p{L}\p{N}_]+)/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;

/** Cuts a text to {@link MAX_TEXT_LENGTH} characters without splitting a surrogate pair. */
export function capText(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  return Array.from(text.slice(0, MAX_TEXT_LENGTH + 1))
    .join('')
    .slice(0, MAX_TEXT_LENGTH)
    .replace(/[\uD800-\uDBFF]$/u, '');
}

/** How many links a text holds. */
export function countLinks(text: string): number {
  return capText(text).match(URL)?.length ?? 0;
}

/**
 * The words a language detector should see: no links, @handles, hashtags or emoji (brand names and
 * pictographs say nothing about the language and fool n-gram detectors on short texts).
 */
export function proseOf(text: string): string {
  return capText(text)
    .replace(URL, ' ')
    .replace(HANDLE, ' ')
    .replace(HASHTAG, ' ')
    .replace(PICTOGRAPH, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The text sentiment and tags look at: links and @handles out, hashtags kept as words (#fail, #bravo
 * carry an opinion), emoji kept.
 */
export function opinionTextOf(text: string): string {
  return capText(text)
    .replace(URL, ' ')
    .replace(HANDLE, ' ')
    .replace(HASHTAG, (_match, word: string) => word)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Lower case without accents, apostrophes unified: how lexicons and rules are keyed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .toLowerCase()
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae');
}

/** Letters in a text (any script). */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
