import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { createRouter } from './app/router';
import { createBrowserSession } from './auth/browser-session';
import { createApolloClient } from './graphql/apollo-client';
import { createI18n } from './i18n/i18n';
import { detectLanguage } from './i18n/language';
import { readLanguagePreference } from './i18n/language-preference';

const session = createBrowserSession();
const client = createApolloClient(session);
const i18n = createI18n(detectLanguage(readLanguagePreference(), navigator.languages));
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = language;
});
const router = createRouter();
void session.restore();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers client={client} session={session} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
