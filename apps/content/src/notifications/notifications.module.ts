import { Module } from '@nestjs/common';
import { DigestMailer } from './digest.mailer';
import { DigestScheduler } from './digest-scheduler';
import { DigestService } from './digest.service';
import { NotificationConsumer } from './notification.consumer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { PeopleClient } from './people.client';
import { PostFailedNotifier } from './post-failed.consumer';

/**
 * In-app notifications made from the service's own events and from the publishing service's
 * failures (durable JetStream consumers), the recipient's reads and marks, and the e-mail digest.
 */
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationConsumer,
    PostFailedNotifier,
    PeopleClient,
    DigestMailer,
    DigestService,
    DigestScheduler,
  ],
  exports: [DigestService, NotificationConsumer, PostFailedNotifier],
})
export class NotificationsModule {}
