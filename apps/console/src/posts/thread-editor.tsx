import { ActionIcon, Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { MAX_THREAD_PARTS, type TextCount } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { addThreadPart, editThreadPart, moveThreadPart, removeThreadPart } from './composer-draft';
import type { NetworkCheck } from './live-check';
import { NetworkCounter } from './network-counter';

interface ThreadEditorProps {
  /** The parts after the text (part 1). */
  parts: readonly string[];
  /** Per part, the live count of each network that receives it. */
  counts: readonly { network: Network; parts: readonly TextCount[] }[];
  /** `variants.x.` for a network's own parts, '' for the base: names the fields in tests. */
  testIdPrefix: string;
  /** Field errors of the last save, by part index. */
  errors?: Record<number, string>;
  readOnly: boolean;
  onChange(parts: string[]): void;
}

/**
 * The parts of a thread after the text: each its own text area with a counter per network, moved up or
 * down or removed, and "Add a part" below them.
 */
export function ThreadEditor({
  parts,
  counts,
  testIdPrefix,
  errors = {},
  readOnly,
  onChange,
}: ThreadEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid={`${testIdPrefix}thread`}>
      {parts.map((part, index) => {
        const number = index + 2;
        return (
          // A part has no identity of its own: its place in the thread is what it is.
          <Stack key={index} gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('posts.composer.part', { number })}
              </Text>
              {readOnly ? null : (
                <Group gap={4}>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('posts.composer.movePartUp', { number })}
                    disabled={index === 0}
                    onClick={() => onChange(moveThreadPart(parts, index, -1))}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('posts.composer.movePartDown', { number })}
                    disabled={index === parts.length - 1}
                    onClick={() => onChange(moveThreadPart(parts, index, 1))}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('posts.composer.removePart', { number })}
                    onClick={() => onChange(removeThreadPart(parts, index))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              )}
            </Group>
            <Textarea
              aria-label={t('posts.composer.part', { number })}
              value={part}
              onChange={(event) => onChange(editThreadPart(parts, index, event.currentTarget.value))}
              autosize
              minRows={2}
              readOnly={readOnly}
              error={errors[index]}
              data-testid={`${testIdPrefix}thread-part-${index}`}
            />
            {counts.length > 0 ? (
              <Group gap="xs" aria-live="polite" data-testid={`${testIdPrefix}thread-counters-${index}`}>
                {counts.flatMap(({ network, parts: partCounts }) => {
                  const count = partCounts[index];
                  return count ? [<NetworkCounter key={network} network={network} count={count} />] : [];
                })}
              </Group>
            ) : null}
          </Stack>
        );
      })}
      {readOnly || parts.length + 1 >= MAX_THREAD_PARTS ? null : (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange(addThreadPart(parts))}>
            {t('posts.composer.addPart')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * How each network takes the thread, as you type: Facebook and LinkedIn show only the first part and
 * post the second as the first comment, and refuse more parts.
 */
export function ThreadNotices({ networks }: { networks: readonly NetworkCheck[] }) {
  const { t } = useTranslation();
  const notices = networks.filter((entry) => entry.thread === 'firstComment' || entry.thread === 'refused');
  if (notices.length === 0) return null;
  return (
    <Stack gap={4} data-testid="thread-notices">
      {notices.map((entry) => {
        const network = t(`posts.networks.${entry.network}`);
        const refused = entry.thread === 'refused';
        return (
          <Alert key={entry.network} color={refused ? 'red' : 'blue'} variant="light" p="xs">
            <Text size="sm">
              {refused
                ? t('posts.composer.threadRefused', { network, count: entry.parts.length + 1 })
                : t('posts.composer.threadAsFirstComment', { network })}
            </Text>
          </Alert>
        );
      })}
    </Stack>
  );
}
