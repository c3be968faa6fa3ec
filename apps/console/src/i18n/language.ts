import type { Language } from '@relais/web-graphql';

/** The interface languages of the console. */
export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const LANGUAGE_BY_LOCALE: Record<Language, UiLanguage> = { FR: 'fr', EN: 'en' };
const LOCALE_BY_LANGUAGE: Record<UiLanguage, Language> = { fr: 'FR', en: 'EN' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The interface language for a profile locale (`FR` → `fr`). */
export function languageFromLocale(locale: Language): UiLanguage {
  return LANGUAGE_BY_LOCALE[locale];
}

/** The profile locale for an interface language (`fr` → `FR`). */
export function localeFromLanguage(language: UiLanguage): Language {
  return LOCALE_BY_LANGUAGE[language];
}

/**
 * The language to show before anyone signs in: the one picked earlier on this device, else the first
 * browser language the console speaks, else French.
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): UiLanguage {
  if (isUiLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(primary)) return primary;
  }
  return 'fr';
}

/** The BCP 47 tag used for dates and numbers in each interface language. */
export function intlLocale(language: UiLanguage): string {
  return language === 'fr' ? 'fr-FR' : 'en-US';
}
