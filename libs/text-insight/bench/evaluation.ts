import { analyzeItem, analyzeSentiment, detectLanguage, TAGS, type Tag } from '../src';
import { SENTIMENT_LABELS } from '../src/types';
import type { LabelledItem } from './labelled-set';
import { accuracyOf, confusionOf, f1Of, macroF1Of, type Confusion } from './metrics';

export const DETECTED_LANGUAGES = ['fr', 'en', 'other', 'unknown'] as const;

export interface SentimentFigures {
  items: number;
  accuracy: number;
  macroF1: number;
  confusion: Confusion<(typeof SENTIMENT_LABELS)[number]>;
}

function sentimentFigures(
  pairs: { expected: LabelledItem['sentiment']; predicted: LabelledItem['sentiment'] }[],
): SentimentFigures {
  const confusion = confusionOf(SENTIMENT_LABELS, pairs);
  return { items: pairs.length, accuracy: accuracyOf(confusion), macroF1: macroF1Of(confusion), confusion };
}

/** Sentiment as the service gets it: `analyzeItem` (language detected, spam neutral). */
export function itemSentimentFigures(items: LabelledItem[]): SentimentFigures {
  return sentimentFigures(
    items.map((item) => ({ expected: item.sentiment, predicted: analyzeItem(item.text).sentiment })),
  );
}

/** Sentiment of the lexicons alone: `analyzeSentiment` told the labelled language. */
export function lexiconSentimentFigures(items: LabelledItem[]): SentimentFigures {
  return sentimentFigures(
    items.map((item) => ({
      expected: item.sentiment,
      predicted: analyzeSentiment(item.text, item.language).label,
    })),
  );
}

export function languageFigures(items: LabelledItem[]): {
  items: number;
  accuracy: number;
  confusion: Confusion<(typeof DETECTED_LANGUAGES)[number]>;
} {
  const confusion = confusionOf(
    DETECTED_LANGUAGES,
    items.map((item) => ({ expected: item.language, predicted: detectLanguage(item.text).language })),
  );
  return { items: items.length, accuracy: accuracyOf(confusion), confusion };
}

/** Per tag, F1 of "has the tag" over the items, with `analyzeItem` and the default rules. */
export function tagF1s(items: LabelledItem[]): Record<Tag, number> {
  const predicted = items.map((item) => analyzeItem(item.text).tags);
  const entries = TAGS.map((tag): [Tag, number] => {
    const confusion = confusionOf(
      ['yes', 'no'] as const,
      items.map((item, index) => ({
        expected: item.tags.includes(tag) ? 'yes' : 'no',
        predicted: predicted[index]?.includes(tag) ? 'yes' : 'no',
      })),
    );
    return [tag, f1Of(confusion, 'yes')];
  });
  return Object.fromEntries(entries) as Record<Tag, number>;
}
