import winkEmoticons from 'wink-sentiment/src/emoticons.js';
import curatedEmoji from './lexicon/emoji.json';
import { foldText } from './text-cleaning';

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'exclamation' | 'question' | 'stop';

export interface Token {
  kind: TokenKind;
  /** As written (case kept, so shouting can be seen). */
  raw: string;
  /** Lower case, accents removed; for emoji the pictograph without variation selector or skin tone. */
  key: string;
}

/** French elided articles and pronouns (j'adore, c'est, n'importe) become tokens of their own. */
const FRENCH_ELISION = /^(j|l|d|n|c|s|m|t|qu|jusqu|lorsqu|puisqu)'(.+)$/u;
const EMOJI_DECORATION = /\u{FE0F}|\p{Emoji_Modifier}/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const emoticonAlternatives = [
  ...new Set([...Object.keys(winkEmoticons), ...Object.keys(curatedEmoji.emoticons)]),
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const TOKEN = new RegExp(
  [
    `(?<emoticon>(?<![\\p{L}\\p{N}])(?:${emoticonAlternatives})(?![\\p{L}\\p{N}]))`,
    '(?<emoji>\\p{Extended_Pictographic}(?:\\u{FE0F}|\\p{Emoji_Modifier}|\\u{200D}\\p{Extended_Pictographic})*)',
    // « n°1 » is « numéro 1 », never the negation « n' ».
    "(?<word>[nN][°º](?=\\s*\\p{N})|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*)",
    '(?<exclamation>!)',
    '(?<stop>[.,;:…]+)',
    '(?<question>\\?)',
  ].join('|'),
  'gu',
);

/** Splits an opinion text into words, emoji, emoticons, `!`/`?` marks and stops (`.,;:`, which end negations). */
export function tokenize(text: string, language: 'fr' | 'en' | null): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const raw = match[0];
    if (groups.emoticon !== undefined) tokens.push({ kind: 'emoticon', raw, key: raw });
    else if (groups.emoji !== undefined) {
      const [first = raw] = raw.replace(EMOJI_DECORATION, '').split('\u200D');
      tokens.push({ kind: 'emoji', raw, key: first });
    } else if (groups.exclamation !== undefined) tokens.push({ kind: 'exclamation', raw, key: raw });
    else if (groups.question !== undefined) tokens.push({ kind: 'question', raw, key: raw });
    else if (groups.stop !== undefined) tokens.push({ kind: 'stop', raw, key: raw });
    else tokens.push(...wordTokens(raw, language));
  }
  return tokens;
}

function wordTokens(raw: string, language: 'fr' | 'en' | null): Token[] {
  if (/^[nN][°º]$/u.test(raw)) return [{ kind: 'word', raw, key: 'numero' }];
  const key = foldText(raw);
  const elided = language === 'fr' ? FRENCH_ELISION.exec(key) : null;
  if (elided === null) return [{ kind: 'word', raw, key }];
  const [, article = '', rest = ''] = elided;
  const cut = article.length + 1;
  return [
    { kind: 'word', raw: raw.slice(0, cut), key: `${article}'` },
    { kind: 'word', raw: raw.slice(cut), key: rest },
  ];
}
