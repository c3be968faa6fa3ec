import { Box, Paper, Stack, Text } from '@mantine/core';
import { networkSupports, previewSegments } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { ruleNetwork } from './live-check';

const SEGMENT_STYLES = {
  plain: undefined,
  url: { color: 'var(--mantine-color-blue-7)' },
  hashtag: { color: 'var(--mantine-color-blue-7)' },
  mention: { color: 'var(--mantine-color-blue-7)' },
  overflow: {
    background: 'var(--mantine-color-red-1)',
    color: 'var(--mantine-color-red-9)',
    textDecoration: 'line-through',
  },
} as const;

/** One part's text as the network shows it: links and hashtags marked, what does not fit struck out. */
function PartText({ network, text }: { network: Network; text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {previewSegments(ruleNetwork(network), text).map((segment) => (
        <span
          key={segment.start}
          style={SEGMENT_STYLES[segment.kind]}
          data-overflow={segment.kind === 'overflow' || undefined}
        >
          {segment.text}
        </span>
      ))}
    </Text>
  );
}

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
        <PartText network={network} text={comment ?? ''} />
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
          <PartText network={network} text={part} />
        </Box>
      ))}
    </Stack>
  );
}
