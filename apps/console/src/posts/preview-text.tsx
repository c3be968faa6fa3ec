import { Text } from '@mantine/core';
import { previewSegments } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
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

/** A text as the network shows it: links, hashtags and mentions marked, what does not fit struck out. */
export function PreviewText({ network, text }: { network: Network; text: string }) {
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
