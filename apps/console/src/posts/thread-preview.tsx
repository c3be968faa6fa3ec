import { Box, Paper, Stack, Text } from '@mantine/core';
import { networkSupports } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { ruleNetwork } from './live-check';
import { PreviewText } from './preview-text';

/**
 * The thread's parts after the text, as the network shows them: on X, Bluesky and Mastodon each a reply
 * under the one before, joined by the thread's line; on Facebook and LinkedIn the second part as the
 * first comment under the post (more parts are refused there, and not shown).
 */
export function ThreadPreview({ network, parts }: { network: Network; parts: readonly string[] }) {
  const { t } = useTranslation();
  if (parts.length === 0) return null;
  const support = networkSupports(ruleNetwork(network));
  if (support.threadAsFirstComment) {
    const [comment] = parts;
    return (
      <Paper p="xs" radius="sm" bg="gray.0" data-testid={`thread-preview-${network}`}>
        <Text size="xs" c="dimmed">
          {t('posts.composer.firstComment')}
        </Text>
        <PreviewText network={network} text={comment ?? ''} />
      </Paper>
    );
  }
  return (
    <Stack gap="xs" data-testid={`thread-preview-${network}`}>
      {parts.map((part, index) => (
        // A part has no identity of its own: its place in the thread is what it is.
        <Box
          key={index}
          pl="md"
          style={{ borderLeft: '2px solid var(--mantine-color-gray-4)' }}
          aria-label={t('posts.composer.threadReply', { number: index + 2 })}
          data-testid={`thread-preview-${network}-${index}`}
        >
          <Text size="xs" c="dimmed">
            {t('posts.composer.threadReply', { number: index + 2 })}
          </Text>
          <PreviewText network={network} text={part} />
        </Box>
      ))}
    </Stack>
  );
}
