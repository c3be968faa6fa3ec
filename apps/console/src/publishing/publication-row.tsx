import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { PublicationFieldsFragment, PublicationStatus } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { NETWORK_COLORS } from '../accounts/networks';
import { useUiLanguage } from '../i18n/use-ui-language';
import { formatDateTime } from '../i18n/format';
import { partialThread, PartialThread } from './publication-state';

const STATUS_COLORS: Record<PublicationStatus, string> = {
  PENDING: 'gray',
  CLAIMED: 'indigo',
  SENDING: 'indigo',
  PUBLISHED: 'green',
  FAILED: 'red',
  UNKNOWN: 'yellow',
  CANCELLED: 'gray',
};

interface PublicationRowProps {
  publication: PublicationFieldsFragment;
  zone: string;
  canRetry: boolean;
  retrying: boolean;
  onRetry(publication: PublicationFieldsFragment): void;
}

/** The instant that matters for a publication's status, in words. */
function useWhen(publication: PublicationFieldsFragment, zone: string): string {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const format = (iso: string) => formatDateTime(iso, language, zone);
  if (publication.status === 'PUBLISHED' && publication.publishedAt) {
    return t('publishing.when.PUBLISHED', { date: format(publication.publishedAt) });
  }
  if (publication.status === 'PENDING' && publication.nextAttemptAt && publication.attempts > 0) {
    return t('publishing.when.retryAt', { date: format(publication.nextAttemptAt) });
  }
  if (
    publication.status === 'FAILED' ||
    publication.status === 'SENDING' ||
    publication.status === 'UNKNOWN'
  ) {
    return t(`publishing.when.${publication.status}`, { date: format(publication.updatedAt) });
  }
  return t(`publishing.when.${publication.status}`, { date: format(publication.dueAt) });
}

/** A thread stopped part way: how many parts went out, their links, and whether a retry is safe. */
function PartialThreadNote({ thread, canRetry }: { thread: PartialThread; canRetry: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t('publishing.thread.partial', { count: thread.posted, total: thread.total })}
      </Text>
      <Group
        gap="xs"
        component="ul"
        aria-label={t('publishing.thread.partsLabel')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {thread.parts.map((part) => (
          <li key={part.number}>
            {part.url ? (
              <Anchor href={part.url} target="_blank" rel="noopener noreferrer" size="sm">
                {t('publishing.thread.part', { number: part.number })}
              </Anchor>
            ) : (
              <Text size="sm">{t('publishing.thread.part', { number: part.number })}</Text>
            )}
          </li>
        ))}
      </Group>
      <Text size="xs">{t(canRetry ? 'publishing.thread.retrySafe' : 'publishing.thread.retryUnsafe')}</Text>
    </Stack>
  );
}

/** One account's outcome: where, how it went, when, the post's link or why it failed. */
export function PublicationRow({ publication, zone, canRetry, retrying, onRetry }: PublicationRowProps) {
  const { t } = useTranslation();
  const when = useWhen(publication, zone);
  const network = t(`networks.${publication.network}`);
  const handle = publication.account?.handle ?? t('publishing.panel.removedAccount');
  const thread = partialThread(publication);
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={`${network} ${handle}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Badge
            color={NETWORK_COLORS[publication.network]}
            variant="light"
            maw="none"
            style={{ flexShrink: 0 }}
          >
            {network}
          </Badge>
          <Badge
            color={STATUS_COLORS[publication.status]}
            variant="filled"
            maw="none"
            style={{ flexShrink: 0 }}
          >
            {t(`publishing.status.${publication.status}`)}
          </Badge>
        </Group>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {handle}
        </Text>
        <Text size="xs" c="dimmed">
          {when}
          {publication.attempts > 1
            ? ` · ${t('publishing.panel.attempts', { count: publication.attempts })}`
            : ''}
        </Text>
        {publication.status === 'PUBLISHED' && publication.externalUrl ? (
          <Anchor href={publication.externalUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('publishing.panel.view', { network })}
          </Anchor>
        ) : null}
        {thread ? <PartialThreadNote thread={thread} canRetry={publication.canRetry} /> : null}
        {publication.failure && publication.status === 'FAILED' ? (
          <Stack gap={2}>
            <Text size="sm" c="red.8">
              {t(`publishing.failure.${publication.failure.code}`)}
            </Text>
            {publication.failedStep ? (
              <Text size="xs">
                {t(`publishing.failedStep.${publication.failedStep}`)}
                {publication.failedStep !== 'POST' ? ` ${t('publishing.failedStep.safeRetry')}` : ''}
              </Text>
            ) : null}
            {publication.failure.networkMessage ? (
              <Text size="xs" c="dimmed">
                {t('publishing.panel.networkSaid', { network, message: publication.failure.networkMessage })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {publication.canRetry && canRetry ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={retrying}
              onClick={() => onRetry(publication)}
              aria-label={t('publishing.panel.retryFor', { handle })}
            >
              {t('publishing.panel.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
