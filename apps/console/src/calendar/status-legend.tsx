import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostStatus } from '@relais/web-graphql';
import { STATUS_COLORS } from './calendar-events';

const SHOWN: readonly PostStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'FAILED',
];

/** What each event colour means. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <Group
      gap="md"
      component="ul"
      aria-label={t('calendar.legend')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {SHOWN.map((status) => (
        <Group key={status} gap={6} component="li">
          <span
            aria-hidden="true"
            style={{
              width: 10,
              height: 10,
              borderRadius: 2,
              background: STATUS_COLORS[status],
              display: 'inline-block',
            }}
          />
          <Text size="xs">{t(`calendar.status.${status}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
