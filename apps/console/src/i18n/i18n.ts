import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, fr } from './catalogues';
import type { UiLanguage } from './language';

export const resources = {
  en: { translation: en },
  fr: { translation: fr },
} as const;

/** A ready i18next instance with both languages loaded, starting in `language`. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['fr', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
