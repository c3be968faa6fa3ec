import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { NotificationFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { formatDateTime } from '../i18n/format';
import { notificationHeadline, notificationPlace } from './notification-text';
import { publicationSummaryText } from '../posts/publication-summary';

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  /** Opens the post (and marks the notification read). */
  onOpen(notification: NotificationFieldsFragment): void;
  compact?: boolean;
}

/** One notification: what happened, on which post, when; unread ones stand out. */
export function NotificationItem({ notification, onOpen, compact = false }: NotificationItemProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const unread = notification.readAt === null;
  const excerpt = notification.summary
    ? publicationSummaryText(notification.summary, t)
    : notification.excerpt;
  return (
    <UnstyledButton
      onClick={() => onOpen(notification)}
      w="100%"
      px="sm"
      py={compact ? 8 : 'sm'}
      data-unread={unread || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: unread ? 'var(--mantine-color-indigo-0)' : undefined,
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box
          mt={6}
          w={8}
          h={8}
          style={{
            flex: 'none',
            borderRadius: '50%',
            background: unread ? 'var(--mantine-color-indigo-6)' : 'transparent',
          }}
          aria-label={unread ? t('notifications.unreadMark') : undefined}
          role={unread ? 'img' : undefined}
        />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
            {notificationHeadline(notification, t)}
          </Text>
          <Text size="sm" c="dimmed" truncate="end">
            {notificationPlace(notification, t)}
          </Text>
          {excerpt ? (
            <Text size="sm" lineClamp={compact ? 2 : 4} fs="italic" style={{ overflowWrap: 'anywhere' }}>
              {notification.summary ? excerpt : language === 'fr' ? `« ${excerpt} »` : `“${excerpt}”`}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {formatDateTime(notification.createdAt, language)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
