import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CursorPager } from './use-cursor-pager';

interface PagerProps {
  pager: CursorPager;
  hasNextPage: boolean;
  endCursor: string | null;
  /** Shown on the left, e.g. "12 brands". */
  summary?: string;
}

export function Pager({ pager, hasNextPage, endCursor, summary }: PagerProps) {
  const { t } = useTranslation();
  if (!pager.hasPrevious && !hasNextPage) {
    return summary ? (
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
    ) : null;
  }
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={!pager.hasPrevious} onClick={pager.previous}>
          {t('common.previous')}
        </Button>
        <Text size="sm" aria-label={t('common.pageNumber', { page: pager.page })}>
          {pager.page}
        </Text>
        <Button
          variant="default"
          size="xs"
          disabled={!hasNextPage || !endCursor}
          onClick={() => endCursor && pager.next(endCursor)}
        >
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
