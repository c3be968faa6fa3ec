/** What the language detector answers: French, English, another language, or too little text to say. */
export type DetectedLanguage = 'fr' | 'en' | 'other' | 'unknown';

/** The languages the sentiment lexicons and the tag rules are written for. */
export type AnalysisLanguage = 'fr' | 'en';

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const TAGS = ['question', 'complaint', 'suggestion', 'praise', 'spam'] as const;
export type Tag = (typeof TAGS)[number];

export interface LanguageDetection {
  language: DetectedLanguage;
  /** 0 for `unknown`; otherwise the detector's probability for the answer, between 0 and 1. */
  confidence: number;
}

export interface SentimentResult {
  label: SentimentLabel;
  /** Between -1 (very negative) and 1 (very positive). */
  score: number;
}

export interface ItemInsight {
  language: DetectedLanguage;
  languageConfidence: number;
  sentiment: SentimentLabel;
  score: number;
  tags: Tag[];
}
