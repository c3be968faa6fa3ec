import { Badge, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { historyActionLabel } from './review-labels';
import type { PostTransitionView } from './review-types';
import { useUiLanguage } from '../i18n/use-ui-language';
import { personName } from '../ui/person-name';
import { publicationSummaryText } from '../posts/publication-summary';

/** Who did what to the post and when, newest first. */
export function ReviewHistory({ history, zone }: { history: readonly PostTransitionView[]; zone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const ordered = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('approval.history.title')}
      </Title>
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('approval.history.none')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={0}>
          {ordered.map((entry, index) => (
            <Timeline.Item
              key={`${entry.at}-${index}`}
              title={
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={600}>
                    {historyActionLabel(t, entry.action)}
                  </Text>
                  {entry.viaLink ? (
                    <Badge size="xs" variant="outline" color="gray">
                      {t('approval.viaLink')}
                    </Badge>
                  ) : null}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {entry.actorName || entry.actorRole || entry.viaLink
                  ? personName(entry.actorName, t)
                  : t('approval.history.system')}
                {entry.actorRole ? ` · ${t(`roles.${entry.actorRole}`)}` : ''}
                {' · '}
                <time dateTime={entry.at}>{formatDateTime(entry.at, language, zone)}</time>
              </Text>
              {entry.from && entry.to && entry.from !== entry.to ? (
                <Text size="xs" c="dimmed">
                  {t('approval.history.fromTo', {
                    from: t(`approval.status.${entry.from}`),
                    to: t(`approval.status.${entry.to}`),
                  })}
                </Text>
              ) : null}
              {entry.summary || entry.note ? (
                <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {entry.summary ? publicationSummaryText(entry.summary, t) : entry.note}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
