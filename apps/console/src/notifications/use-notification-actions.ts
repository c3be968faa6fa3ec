import { useApolloClient, useMutation } from '@apollo/client/react';
import type { NotificationFieldsFragment } from '@relais/web-graphql';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from './notifications.graphql';

/** Opening a notification (marks it read, goes to the post) and marking them all read. */
export function useNotificationActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const notifyError = useNotifyApiError();
  const [markRead] = useMutation(MarkNotificationReadMutation, {
    refetchQueries: [UnreadNotificationCountQuery],
  });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadMutation);

  const open = useCallback(
    (notification: NotificationFieldsFragment) => {
      if (notification.readAt === null) {
        markRead({ variables: { id: notification.id } }).catch(notifyError);
      }
      void navigate(`/posts/${notification.postId}`);
    },
    [markRead, navigate, notifyError],
  );

  const readAll = useCallback(async () => {
    try {
      const { data } = await markAll();
      const count = data?.markAllNotificationsRead ?? 0;
      notifySuccess(
        count > 0 ? t('notifications.page.markedAll', { count }) : t('notifications.page.nothingToMark'),
      );
      await client.refetchQueries({ include: [UnreadNotificationCountQuery, NotificationsQuery] });
    } catch (error) {
      notifyError(error);
    }
  }, [client, markAll, notifyError, t]);

  return { open, readAll, markingAll: markingAll.loading };
}
