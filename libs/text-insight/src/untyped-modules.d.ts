// Type declarations for the parts of untyped packages this library reads.

declare module '@nlpjs/lang-fr' {
  /** The Snowball French stemmer of NLP.js. */
  export class StemmerFr {
    stemWord(word: string): string;
  }
  /** The French sentiment data of NLP.js: `pattern` maps accent-free stems to a valence in [-1, 1]. */
  export const SentimentFr: { pattern: Record<string, number> };
}

declare module 'wink-sentiment/src/afinn-en-165.js' {
  /** AFINN-165: English words rated from -5 to 5. */
  const afinn: Record<string, number>;
  export = afinn;
}

declare module 'wink-sentiment/src/afinn-en-165-2grams.js' {
  /** AFINN-165 two-word expressions: first word, then second word, to a rating from -5 to 5. */
  const afinn2Grams: Record<string, Record<string, number>>;
  export = afinn2Grams;
}

declare module 'wink-sentiment/src/emojis.js' {
  /** Emoji rated from -5 to 5. */
  const emojis: Record<string, number>;
  export = emojis;
}

declare module 'wink-sentiment/src/emoticons.js' {
  /** Text emoticons (":)", ":-(") rated from -5 to 5. */
  const emoticons: Record<string, number>;
  export = emoticons;
}
