import { UNACCENT_RULES } from './unaccent-table.generated';

/**
 * How text becomes words, hashtags and handles. Back-search runs the same steps in SQL
 * (`search-ddl.ts`), so every rule here has its twin there: change both or neither.
 *
 * 1. fold: each character through Postgres's `unaccent` rules, then lower-cased one by one
 *    (`Café` → `cafe`, `Œuvre` → `oeuvre`, `’` → `'`);
 * 2. tags: `#hashtag` and `@handle` (letters, digits, `_`; a handle may hold inner `.` and `-`) not
 *    glued to a letter or digit before them;
 * 3. elision: a French elided article or pronoun before an apostrophe goes (`l'appli` → `appli`);
 * 4. words: the runs of letters and digits, in order; a word over 255 characters is dropped.
 */

export const ELIDED = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];
export const MAX_WORD_LENGTH = 255;
/** Postgres keeps word positions up to 16,383 (later words share it) and 256 positions a word. */
export const MAX_POSITION = 16383;
export const MAX_POSITIONS_PER_WORD = 256;

/** Letters and digits as Postgres's `[[:alnum:]]` sees them under a UTF-8 locale. */
const WORD_CHAR = '\\p{Alphabetic}\\p{Nd}';
const ELISION = new RegExp(`(?<![${WORD_CHAR}])(?:${ELIDED.join('|')})'(?=[${WORD_CHAR}])`, 'gu');
const NOT_WORD = new RegExp(`[^${WORD_CHAR}]+`, 'u');
const TAG = new RegExp(
  `(?<![${WORD_CHAR}_])(?:#[${WORD_CHAR}_]+|@[${WORD_CHAR}_]+(?:[.-][${WORD_CHAR}_]+)*)`,
  'gu',
);

let unaccentTable: Map<string, string> | undefined;

function unaccentRules(): Map<string, string> {
  if (!unaccentTable) {
    unaccentTable = new Map();
    for (const line of UNACCENT_RULES.split('\n')) {
      const [from = '', to = ''] = line.split('\t');
      unaccentTable.set(from, to);
    }
  }
  return unaccentTable;
}

/** Accents and case out, as `lower(unaccent(text))` does in Postgres. */
export function foldText(text: string): string {
  const rules = unaccentRules();
  let folded = '';
  for (const char of text) {
    const replaced = rules.get(char) ?? char;
    for (const part of replaced) folded += part.toLowerCase();
  }
  return folded;
}

/** French elisions out of folded text: `l'appli` → `appli`, `qu'il` → `il`. */
export function removeElisions(folded: string): string {
  return folded.replace(ELISION, '');
}

/** The words of folded text, in order. */
export function wordsOf(folded: string): string[] {
  return removeElisions(folded)
    .split(NOT_WORD)
    .filter((word) => word !== '' && codePointLength(word) <= MAX_WORD_LENGTH);
}

/** The hashtags and handles of folded text, as written (`#relais`, `@lumiere.bsky.social`). */
export function tagsOf(folded: string): string[] {
  return [...new Set(folded.match(TAG) ?? [])];
}

/** Whether a folded string is exactly one hashtag or handle. */
export function isTag(folded: string): boolean {
  const found = folded.match(TAG);
  return found?.length === 1 && found[0] === folded;
}

function codePointLength(word: string): number {
  return Array.from(word).length;
}

/** The regular expressions above, in Postgres's dialect: what the DDL's functions run. */
export const SQL_PATTERNS = {
  elision: `(?<![[:alnum:]])(?:${ELIDED.join('|')})'(?=[[:alnum:]])`,
  notWord: '[^[:alnum:]]+',
  tag: '(?<![[:alnum:]_])(?:#[[:alnum:]_]+|@[[:alnum:]_]+(?:[.-][[:alnum:]_]+)*)',
} as const;
