import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from './language';

/** The interface language now shown (for dates and numbers). */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : 'fr';
}
