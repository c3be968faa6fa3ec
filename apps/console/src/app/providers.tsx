import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionProvider } from '../auth/session-context';
import type { SessionManager } from '../auth/session-manager';
import { SessionEffects } from './session-effects';
import { theme } from './theme';

interface ProvidersProps {
  client: ApolloClient;
  session: SessionManager;
  i18n: i18n;
  children: ReactNode;
}

export function Providers({ client, session, i18n, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="bottom-right" />
        <ApolloProvider client={client}>
          <SessionProvider session={session}>
            <SessionEffects />
            {children}
          </SessionProvider>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
