import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { brandFormSchema, cleanHashtag, uniqueEntries, type BrandFormValues } from './brand-form-schema';

const valid: BrandFormValues = {
  name: 'Maison Verdure',
  slug: '',
  timezone: 'Europe/Paris',
  defaultLanguage: 'FR',
  targetMarkets: ['FR', 'BE'],
  guidelines: {
    toneNotes: 'Chaleureux',
    requiredHashtags: ['verdure'],
    bannedWords: ['promo'],
    requireAltText: true,
  },
};

function errorsOf(values: BrandFormValues, language: 'fr' | 'en' = 'en'): Record<string, string> {
  const result = brandFormSchema(createI18n(language).t).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('brandFormSchema', () => {
  it('accepts a complete brand with an automatic slug', () => {
    expect(errorsOf(valid)).toEqual({});
  });

  it('refuses a name over 120 characters, in the user language', () => {
    expect(errorsOf({ ...valid, name: 'x'.repeat(121) }, 'en')).toEqual({
      name: 'Use at most 120 characters.',
    });
    expect(errorsOf({ ...valid, name: 'x'.repeat(121) }, 'fr')).toEqual({
      name: '120 caractères au maximum.',
    });
    expect(errorsOf({ ...valid, name: '   ' })).toEqual({ name: 'This field is required.' });
  });

  it('names the banned word list when one word is too long', () => {
    const errors = errorsOf({
      ...valid,
      guidelines: { ...valid.guidelines, bannedWords: ['ok', 'w'.repeat(81)] },
    });
    expect(errors).toEqual({ 'guidelines.bannedWords': 'Each banned word must be at most 80 characters.' });
  });

  it('checks slugs, hashtags and markets like the API', () => {
    expect(Object.keys(errorsOf({ ...valid, slug: 'Maison Verdure' }))).toEqual(['slug']);
    expect(
      Object.keys(
        errorsOf({ ...valid, guidelines: { ...valid.guidelines, requiredHashtags: ['two words'] } }),
      ),
    ).toEqual(['guidelines.requiredHashtags']);
    expect(Object.keys(errorsOf({ ...valid, targetMarkets: ['France'] }))).toEqual(['targetMarkets']);
    expect(Object.keys(errorsOf({ ...valid, timezone: '' }))).toEqual(['timezone']);
  });
});

describe('tag clean-up', () => {
  it('drops the # people type and repeated entries', () => {
    expect(cleanHashtag('  ##Verdure ')).toBe('Verdure');
    expect(uniqueEntries(['Promo', 'promo', 'gratuit'])).toEqual(['Promo', 'gratuit']);
  });
});
