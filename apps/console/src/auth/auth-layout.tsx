import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../profile/language-menu';

/** The frame of the pages seen before signing in. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" px="lg" py="md">
        <Text fw={800} fz="xl" c="indigo.7" style={{ letterSpacing: '-0.02em' }}>
          Relais
        </Text>
        <LanguageMenu />
      </Group>
      <Center px="md" pb="xl" pt="xl">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={440}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={2}>{title}</Title>
              {subtitle ? (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
