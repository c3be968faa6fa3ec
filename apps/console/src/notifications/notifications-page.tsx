import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { IconChecks } from './notification-icons';
import { NotificationItem } from './notification-item';
import { NotificationsQuery, UnreadNotificationCountQuery } from './notifications.graphql';
import { useNotificationActions } from './use-notification-actions';

const PAGE_SIZE = 20;

/** `/notifications`: every notification of the signed-in user, newest first, all or only unread. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const pager = useCursorPager();
  const list = useQuery(NotificationsQuery, {
    variables: { unreadOnly: filter === 'unread', first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const count = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-first' });
  const { open, readAll, markingAll } = useNotificationActions();
  const connection = list.data?.notifications;
  const unread = count.data?.unreadNotificationCount ?? 0;

  return (
    <>
      <PageHeader
        title={t('notifications.page.title')}
        description={t('notifications.page.description')}
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} />}
            onClick={() => void readAll()}
            loading={markingAll}
            disabled={unread === 0}
          >
            {t('notifications.page.markAll')}
          </Button>
        }
      />
      <Stack gap="md">
        <Group>
          <SegmentedControl
            aria-label={t('notifications.page.filter')}
            value={filter}
            onChange={(value) => {
              setFilter(value === 'unread' ? 'unread' : 'all');
              pager.reset();
            }}
            data={[
              { value: 'all', label: t('notifications.page.all') },
              { value: 'unread', label: t('notifications.page.unread') },
            ]}
          />
        </Group>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {!connection ? (
          list.error ? null : (
            <TableSkeleton />
          )
        ) : connection.edges.length === 0 ? (
          <Paper withBorder p="xl">
            <Text c="dimmed" ta="center">
              {filter === 'unread' ? t('notifications.page.emptyUnread') : t('notifications.page.empty')}
            </Text>
          </Paper>
        ) : (
          <Paper withBorder p={6}>
            <Stack
              gap={2}
              component="ul"
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
              aria-label={t('notifications.page.title')}
            >
              {connection.edges.map(({ node }) => (
                <li key={node.id}>
                  <NotificationItem notification={node} onOpen={open} />
                </li>
              ))}
            </Stack>
          </Paper>
        )}
        {connection ? (
          <Pager
            pager={pager}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            summary={t('notifications.page.summary', { count: connection.totalCount })}
          />
        ) : null}
      </Stack>
    </>
  );
}
