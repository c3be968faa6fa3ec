import { Box, Container, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { isUiLanguage, UI_LANGUAGES } from '../i18n/language';
import { writeLanguagePreference } from '../i18n/language-preference';

/**
 * The frame of the client review page: no navigation, the brand's name, and a language switch kept on
 * this device (the client has no profile to save it to).
 */
export function ReviewLayout({ brandName, children }: { brandName?: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Text fw={800} fz="xl" c="indigo.7" style={{ letterSpacing: '-0.02em' }}>
                Relais
              </Text>
              {brandName ? (
                <Text fw={600} c="dimmed" truncate>
                  {brandName}
                </Text>
              ) : null}
            </Group>
            <SegmentedControl
              size="xs"
              aria-label={t('language.switch')}
              value={language}
              onChange={(value) => {
                if (!isUiLanguage(value)) return;
                writeLanguagePreference(value);
                void i18n.changeLanguage(value);
              }}
              data={UI_LANGUAGES.map((entry) => ({ value: entry, label: t(`language.names.${entry}`) }))}
            />
          </Group>
        </Container>
      </Box>
      <Container size="md" py="xl" component="main">
        {children}
      </Container>
    </Box>
  );
}

/** A page-wide message: the link cannot be used, and why. */
export function ReviewLinkMessage({ title, message }: { title: string; message: string }) {
  return (
    <Stack align="center" gap="sm" py={80} ta="center" role="alert">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text c="dimmed" maw={520}>
        {message}
      </Text>
    </Stack>
  );
}
