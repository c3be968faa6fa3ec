import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../auth/session-context';
import { languageFromLocale } from '../i18n/language';
import { writeLanguagePreference } from '../i18n/language-preference';

/**
 * Keeps the rest of the console in step with the session: the interface speaks the user's profile
 * language, and cached data never outlives the user or agency it was read for.
 */
export function SessionEffects() {
  const state = useSessionState();
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const locale = state.status === 'signedIn' ? state.session.user.locale : null;
  const scope = state.status === 'signedIn' ? `${state.session.user.id}:${state.session.agency.id}` : null;
  const previousScope = useRef<string | null>(scope);

  useEffect(() => {
    if (!locale) return;
    const language = languageFromLocale(locale);
    writeLanguagePreference(language);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [locale, i18n]);

  useEffect(() => {
    const previous = previousScope.current;
    previousScope.current = scope;
    if (previous === scope) return;
    if (scope === null) void client.clearStore();
    else if (previous !== null) void client.resetStore();
  }, [scope, client]);

  return null;
}
