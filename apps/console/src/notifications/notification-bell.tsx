import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { NotificationFieldsFragment } from '@relais/web-graphql';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconBell, IconChecks } from './notification-icons';
import { NotificationItem } from './notification-item';
import { NotificationsQuery, UnreadNotificationCountQuery } from './notifications.graphql';
import { useNotificationActions } from './use-notification-actions';

/** How often the unread count is asked again while the console is open. */
export const BELL_POLL_MS = 30_000;
const LATEST = 8;

const POPOVER_WIDTH = 'min(380px, calc(100vw - 16px))';
/** The list scrolls within what the window leaves below the header, the popover's title and its link. */
const LIST_MAX_HEIGHT = 'min(420px, calc(100dvh - 210px))';

/** The bell of the header: the unread count (kept fresh), and the latest notifications on click. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const count = useQuery(UnreadNotificationCountQuery, {
    pollInterval: BELL_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const latest = useQuery(NotificationsQuery, {
    variables: { first: LATEST },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });
  const { open, readAll, markingAll } = useNotificationActions();
  const unread = count.data?.unreadNotificationCount ?? 0;

  // Coming back to the tab asks at once rather than waiting for the next poll.
  const refetchCount = count.refetch;
  useEffect(() => {
    const onFocus = () => void refetchCount().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetchCount]);

  const items = latest.data?.notifications.edges.map((edge) => edge.node) ?? [];
  const openOne = (notification: NotificationFieldsFragment) => {
    close();
    open(notification);
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      position="bottom-end"
      // Never wider or taller than the screen: a phone shows it edge to edge, a short window scrolls the list.
      width={POPOVER_WIDTH}
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          offset={4}
          disabled={unread === 0}
          withBorder
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={
              unread > 0
                ? t('notifications.bell.labelUnread', { count: unread })
                : t('notifications.bell.label')
            }
            aria-expanded={opened}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-label={t('notifications.bell.title')} role="dialog">
        <Group justify="space-between" px="md" py="sm" gap="xs">
          <Text fw={700}>{t('notifications.bell.title')}</Text>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconChecks size={16} />}
            onClick={() => void readAll()}
            loading={markingAll}
            disabled={unread === 0}
          >
            {t('notifications.bell.markAll')}
          </Button>
        </Group>
        <Divider />
        {/* A plain scrolling block: it is as wide as the popover, so long lines wrap or truncate inside it. */}
        <Box style={{ maxHeight: LIST_MAX_HEIGHT, overflowY: 'auto', overflowX: 'hidden' }}>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              {latest.loading ? '…' : t('notifications.bell.empty')}
            </Text>
          ) : (
            <Stack gap={2} p={6}>
              {items.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  onOpen={openOne}
                  compact
                />
              ))}
            </Stack>
          )}
        </Box>
        <Divider />
        <Group justify="center" py="xs">
          <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
            {t('notifications.bell.seeAll')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
