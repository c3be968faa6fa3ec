import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromLocale, localeFromLanguage } from './language';

describe('detectLanguage', () => {
  it('keeps the language chosen earlier on this device', () => {
    expect(detectLanguage('en', ['fr-FR'])).toBe('en');
  });

  it('otherwise takes the first browser language the console speaks', () => {
    expect(detectLanguage(null, ['de-DE', 'en-GB', 'fr-FR'])).toBe('en');
    expect(detectLanguage('klingon', ['fr-CA'])).toBe('fr');
  });

  it('falls back on French', () => {
    expect(detectLanguage(null, ['de-DE', 'es'])).toBe('fr');
    expect(detectLanguage(null, [])).toBe('fr');
  });
});

describe('profile locales', () => {
  it('map both ways', () => {
    expect(languageFromLocale('FR')).toBe('fr');
    expect(languageFromLocale('EN')).toBe('en');
    expect(localeFromLanguage('fr')).toBe('FR');
    expect(localeFromLanguage('en')).toBe('EN');
  });
});
