import type { TFunction } from 'i18next';
import { z } from 'zod';

/** The API's rules for a brand, checked before sending so the messages come in the user's language. */
export const BRAND_NAME_MAX = 120;
export const BRAND_SLUG_MAX = 60;
export const TONE_NOTES_MAX = 4000;
export const HASHTAGS_MAX = 30;
export const BANNED_WORDS_MAX = 200;
export const BANNED_WORD_MAX_LENGTH = 80;
export const MARKETS_MAX = 50;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASHTAG_PATTERN = /^[\p{L}\p{N}_]{1,100}$/u;
const MARKET_PATTERN = /^[A-Z]{2}$/;

/** The brand form's fields, named as the API's input names them. */
export const BRAND_FORM_FIELDS = [
  'name',
  'slug',
  'timezone',
  'defaultLanguage',
  'targetMarkets',
  'guidelines.toneNotes',
  'guidelines.requiredHashtags',
  'guidelines.bannedWords',
] as const;

export function brandFormSchema(t: TFunction) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(BRAND_NAME_MAX, t('validation.maxLength', { count: BRAND_NAME_MAX })),
    slug: z
      .string()
      .trim()
      .max(BRAND_SLUG_MAX, t('validation.maxLength', { count: BRAND_SLUG_MAX }))
      .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), t('brands.validation.slug')),
    timezone: z.string().min(1, t('validation.required')),
    defaultLanguage: z.enum(['FR', 'EN']),
    targetMarkets: z
      .array(z.string())
      .max(MARKETS_MAX, t('validation.maxItems', { count: MARKETS_MAX }))
      .refine((markets) => markets.every((code) => MARKET_PATTERN.test(code)), t('brands.validation.market')),
    guidelines: z.object({
      toneNotes: z.string().max(TONE_NOTES_MAX, t('validation.maxLength', { count: TONE_NOTES_MAX })),
      requiredHashtags: z
        .array(z.string())
        .max(HASHTAGS_MAX, t('validation.maxItems', { count: HASHTAGS_MAX }))
        .refine((tags) => tags.every((tag) => HASHTAG_PATTERN.test(tag)), t('brands.validation.hashtag')),
      bannedWords: z
        .array(z.string())
        .max(BANNED_WORDS_MAX, t('validation.maxItems', { count: BANNED_WORDS_MAX }))
        .refine(
          (words) => words.every((word) => word.trim().length > 0 && word.length <= BANNED_WORD_MAX_LENGTH),
          t('brands.validation.bannedWordLength', { count: BANNED_WORD_MAX_LENGTH }),
        ),
      requireAltText: z.boolean(),
    }),
  });
}

export type BrandFormValues = z.infer<ReturnType<typeof brandFormSchema>>;

/** "#Verdure " → "Verdure": people type hashtags with their #. */
export function cleanHashtag(tag: string): string {
  return tag.trim().replace(/^#+/, '');
}

/** Drops repeated entries (case-insensitively), keeping the first spelling. */
export function uniqueEntries(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
