import { SentimentFr, StemmerFr } from '@nlpjs/lang-fr';
import afinn from 'wink-sentiment/src/afinn-en-165.js';
import afinn2Grams from 'wink-sentiment/src/afinn-en-165-2grams.js';
import winkEmoji from 'wink-sentiment/src/emojis.js';
import winkEmoticons from 'wink-sentiment/src/emoticons.js';
import curatedEmoji from './lexicon/emoji.json';
import curatedEn from './lexicon/en.json';
import curatedFr from './lexicon/fr.json';
import { foldText } from './text-cleaning';
import { tokenize } from './tokenizer';
import type { AnalysisLanguage } from './types';

/**
 * Valences are on VADER's scale, -4 to 4. AFINN rates -5 to 5 and NLP.js's French pattern lexicon -1 to 1;
 * both are brought to that scale.
 */
const AFINN_SCALE = 0.5;
const PATTERN_FR_SCALE = 1;
/** NLP.js pattern entries closer to zero than this are noise for short social texts. */
const PATTERN_FR_FLOOR = 0.2;

/** What a sequence of words means to the scorer. */
export type PhraseMeaning =
  | { kind: 'valence'; value: number }
  | { kind: 'intensifier'; value: number }
  | { kind: 'contrast' }
  /** « ce serait », "would": the opinion words after it are a wish, not a judgement. */
  | { kind: 'hypothetical' };

export interface SentimentLexicon {
  language: AnalysisLanguage;
  /** Folded word to valence. */
  words: ReadonlyMap<string, number>;
  /** Valence of a word found through its stem, when the word itself is not listed. */
  byStem(word: string): number | undefined;
  /** Folded token keys joined by one space (one or more tokens) to what they mean. */
  phrases: ReadonlyMap<string, PhraseMeaning>;
  longestPhrase: number;
  negators: ReadonlySet<string>;
  /** Negations written after the verb (« j'aime pas »). */
  postNegators: ReadonlySet<string>;
}

interface CuratedLexicon {
  words: Record<string, number>;
  phrases: Record<string, number>;
  negators: string[];
  postNegators: string[];
  intensifiers: Record<string, number>;
  contrast: string[];
  hypothetical: string[];
}

function phraseKey(text: string, language: AnalysisLanguage): string {
  return tokenize(text, language)
    .map((token) => token.key)
    .join(' ');
}

function buildLexicon(
  language: AnalysisLanguage,
  curated: CuratedLexicon,
  base: Map<string, number>,
  basePhrases: Map<string, number>,
  byStem: (word: string) => number | undefined,
): SentimentLexicon {
  const words = new Map(base);
  for (const [word, value] of Object.entries(curated.words)) words.set(foldText(word), value);
  const phrases = new Map<string, PhraseMeaning>();
  for (const [phrase, value] of basePhrases) phrases.set(phrase, { kind: 'valence', value });
  for (const [phrase, value] of Object.entries(curated.intensifiers)) {
    phrases.set(phraseKey(phrase, language), { kind: 'intensifier', value });
  }
  for (const phrase of curated.contrast) phrases.set(phraseKey(phrase, language), { kind: 'contrast' });
  for (const phrase of curated.hypothetical)
    phrases.set(phraseKey(phrase, language), { kind: 'hypothetical' });
  for (const [phrase, value] of Object.entries(curated.phrases)) {
    phrases.set(phraseKey(phrase, language), { kind: 'valence', value });
  }
  const longestPhrase = Math.max(...[...phrases.keys()].map((key) => key.split(' ').length));
  return {
    language,
    words,
    byStem,
    phrases,
    longestPhrase,
    negators: new Set(curated.negators.map((word) => phraseKey(word, language))),
    postNegators: new Set(curated.postNegators.map((word) => phraseKey(word, language))),
  };
}

/** English inflections tried when a word is not listed (helped → help, loving → love). */
const ENGLISH_SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ly', ['']],
];

function curatedValue(curated: CuratedLexicon, word: string): number | undefined {
  return Object.hasOwn(curated.words, word) ? curated.words[word] : undefined;
}

function englishLexicon(): SentimentLexicon {
  const base = new Map(Object.entries(afinn).map(([word, value]) => [word, value * AFINN_SCALE]));
  const twoWords = new Map<string, number>();
  for (const [first, seconds] of Object.entries(afinn2Grams)) {
    for (const [second, value] of Object.entries(seconds))
      twoWords.set(`${first} ${second}`, value * AFINN_SCALE);
  }
  return buildLexicon('en', curatedEn, base, twoWords, (word) => {
    for (const [suffix, replacements] of ENGLISH_SUFFIXES) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
      const stem = word.slice(0, -suffix.length);
      for (const replacement of replacements) {
        const value = base.get(stem + replacement) ?? curatedValue(curatedEn, stem + replacement);
        if (value !== undefined) return value;
      }
    }
    return undefined;
  });
}

function frenchLexicon(): SentimentLexicon {
  const stemmer = new StemmerFr();
  const pattern = new Map(
    Object.entries(SentimentFr.pattern)
      .filter(([, value]) => Math.abs(value) >= PATTERN_FR_FLOOR)
      .map(([stem, value]) => [stem, value * PATTERN_FR_SCALE]),
  );
  const curatedStems = new Map<string, number>();
  for (const [word, value] of Object.entries(curatedFr.words)) {
    if (!word.includes(' ')) curatedStems.set(foldText(stemmer.stemWord(word)), value);
  }
  const stemCache = new Map<string, number | undefined>();
  const byStem = (word: string): number | undefined => {
    if (stemCache.has(word)) return stemCache.get(word);
    const stem = foldText(stemmer.stemWord(word));
    const value = curatedStems.get(stem) ?? pattern.get(stem);
    if (stemCache.size < 50_000) stemCache.set(word, value);
    return value;
  };
  return buildLexicon('fr', curatedFr, new Map(), new Map(), byStem);
}

/** Emoji that say the words around them mean the opposite (« Génial. 🙃 »). */
export const IRONY_MARKERS: ReadonlySet<string> = new Set(curatedEmoji.irony);

/** Emoji and emoticon valences, the same in every language. */
export const EMOJI_VALENCES: ReadonlyMap<string, number> = new Map([
  ...Object.entries(winkEmoji).map(([emoji, value]): [string, number] => [emoji, value * AFINN_SCALE]),
  ...Object.entries(winkEmoticons).map(([emoticon, value]): [string, number] => [
    emoticon,
    value * AFINN_SCALE,
  ]),
  ...Object.entries(curatedEmoji.emoji),
  ...Object.entries(curatedEmoji.emoticons),
]);

export const LEXICONS: Readonly<Record<AnalysisLanguage, SentimentLexicon>> = {
  fr: frenchLexicon(),
  en: englishLexicon(),
};
