import type { NotificationFieldsFragment } from '@relais/web-graphql';
import type { TFunction } from 'i18next';
import { personName } from '../ui/person-name';

/** What happened, in the reader's language: "Camille is waiting for your review". */
export function notificationHeadline(notification: NotificationFieldsFragment, t: TFunction): string {
  const actor = personName(notification.actorName, t);
  return t(`notifications.kinds.${notification.kind}`, { actor });
}

/** Where it happened: "Maison Verdure · Spring launch". */
export function notificationPlace(notification: NotificationFieldsFragment, t: TFunction): string {
  const title = notification.postTitle.trim() || t('notifications.untitled');
  return `${notification.brandName} · ${title}`;
}
