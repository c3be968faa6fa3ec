import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ContentSubjects,
  Envelope,
  ListNotificationsPayload,
  MarkedNotificationsView,
  NotificationIdPayload,
  NotificationView,
  Page,
  UnreadNotificationCountView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @MessagePattern(ContentSubjects.notification.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListNotificationsPayload) payload: ListNotificationsPayload,
  ): Promise<Page<NotificationView>> {
    return this.notifications.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.notification.unreadCount)
  unreadCount(@Env() envelope: Envelope): Promise<UnreadNotificationCountView> {
    return this.notifications.unreadCount(actorFrom(envelope));
  }

  @MessagePattern(ContentSubjects.notification.markRead)
  markRead(
    @Env() envelope: Envelope,
    @Data(NotificationIdPayload) payload: NotificationIdPayload,
  ): Promise<NotificationView> {
    return this.notifications.markRead(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.notification.markAllRead)
  markAllRead(@Env() envelope: Envelope): Promise<MarkedNotificationsView> {
    return this.notifications.markAllRead(actorFrom(envelope));
  }
}
