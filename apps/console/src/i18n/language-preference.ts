import { isUiLanguage, type UiLanguage } from './language';

const LANGUAGE_KEY = 'relais.language';

/** The language last used on this device, for the pages seen before signing in. */
export function readLanguagePreference(): UiLanguage | null {
  const stored = window.localStorage.getItem(LANGUAGE_KEY);
  return isUiLanguage(stored) ? stored : null;
}

export function writeLanguagePreference(language: UiLanguage): void {
  window.localStorage.setItem(LANGUAGE_KEY, language);
}
