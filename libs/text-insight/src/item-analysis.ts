import { DEFAULT_TAG_RULES } from './default-tag-rules';
import { detectLanguage } from './language-detection';
import { analyzeSentiment, lexiconCoverage } from './sentiment-analysis';
import type { TagRules } from './tag-rules';
import { tagItem } from './tagging';
import type { AnalysisLanguage, DetectedLanguage, ItemInsight } from './types';

export interface AnalyzeItemOptions {
  /** The brand's tag rules; {@link DEFAULT_TAG_RULES} when absent. */
  rules?: TagRules;
  /**
   * The lexicon used when the language is `unknown` (a few words, emoji) and both lexicons know as many
   * of its words: the brand's usual language. `fr` when absent.
   */
  fallbackLanguage?: AnalysisLanguage;
}

/**
 * Language, sentiment and tags of one listened item. Spam is reported with a neutral sentiment: its tone
 * says nothing about the brand.
 */
export function analyzeItem(text: string, options: AnalyzeItemOptions = {}): ItemInsight {
  const detection = detectLanguage(text);
  const sentimentLanguage =
    detection.language === 'fr' || detection.language === 'en'
      ? detection.language
      : lexiconFor(text, detection.language, options.fallbackLanguage ?? 'fr');
  const sentiment = analyzeSentiment(text, sentimentLanguage);
  const tags = tagItem(text, detection.language, options.rules ?? DEFAULT_TAG_RULES, sentiment.label);
  const spam = tags.includes('spam');
  return {
    language: detection.language,
    languageConfidence: detection.confidence,
    sentiment: spam ? 'neutral' : sentiment.label,
    score: spam ? 0 : sentiment.score,
    tags,
  };
}

/**
 * The lexicon for a text the detector could not place: the one that knows more of its words, the
 * fallback on a tie; for a text in another language, none unless one of them knows some of its words
 * (« nul nul nul le patch » reads as Catalan to n-grams).
 */
function lexiconFor(
  text: string,
  detected: 'other' | 'unknown',
  fallback: AnalysisLanguage,
): DetectedLanguage {
  const french = lexiconCoverage(text, 'fr');
  const english = lexiconCoverage(text, 'en');
  if (french === english) return detected === 'other' && french === 0 ? 'other' : fallback;
  return french > english ? 'fr' : 'en';
}
