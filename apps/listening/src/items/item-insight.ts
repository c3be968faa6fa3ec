import { Sentiment } from '@relais/contracts';
import { analyzeItem } from '@relais/text-insight';

export interface ItemInsightFields {
  language: string | null;
  sentiment: Sentiment;
  sentimentScore: number;
  tags: string[];
}

const SENTIMENTS: Record<string, Sentiment> = {
  positive: Sentiment.Positive,
  neutral: Sentiment.Neutral,
  negative: Sentiment.Negative,
};

/**
 * The language, sentiment and tags of an item's text. The language is the one read in the text when
 * it is French or English; otherwise the one the network states (a Spanish post says `es`), else
 * `other` or unknown (null). The network's language also picks the lexicon for a text too short to tell.
 */
export function itemInsight(text: string, networkLanguage: string | null): ItemInsightFields {
  const stated = networkLanguage?.toLowerCase().split(/[-_]/)[0] ?? null;
  const insight = analyzeItem(text, { fallbackLanguage: stated === 'en' ? 'en' : 'fr' });
  const read = insight.language;
  const language = read === 'fr' || read === 'en' ? read : (stated ?? (read === 'other' ? 'other' : null));
  return {
    language,
    sentiment: SENTIMENTS[insight.sentiment] ?? Sentiment.Neutral,
    sentimentScore: insight.score,
    tags: [...insight.tags],
  };
}
