import { detectAll } from 'tinyld/heavy';
import { letterCount, proseOf } from './text-cleaning';
import type { LanguageDetection } from './types';

/** Below this many letters (once links, handles, hashtags and emoji are gone) a text is `unknown`. */
export const MIN_LETTERS_FOR_LANGUAGE = 12;

/**
 * Relais listens to French and English conversations: when French or English is within this factor
 * of the detector's favourite, it wins (short posts often look a little Dutch or Catalan to n-grams).
 */
const LISTENED_LANGUAGE_FAVOUR = 0.6;

/**
 * The language of a social media text: `fr`, `en`, `other` (Spanish, German...), or `unknown` when
 * there is too little prose to tell. Links, @handles, hashtags and emoji are removed first.
 */
export function detectLanguage(text: string): LanguageDetection {
  const prose = proseOf(text);
  if (letterCount(prose) < MIN_LETTERS_FOR_LANGUAGE) return { language: 'unknown', confidence: 0 };
  const ranked = detectAll(prose);
  const top = ranked[0];
  if (top === undefined) return { language: 'unknown', confidence: 0 };
  const listened = ranked.find(({ lang }) => lang === 'fr' || lang === 'en');
  if (listened !== undefined && listened.accuracy >= top.accuracy * LISTENED_LANGUAGE_FAVOUR) {
    return { language: listened.lang === 'fr' ? 'fr' : 'en', confidence: round(listened.accuracy) };
  }
  return { language: 'other', confidence: round(top.accuracy) };
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
