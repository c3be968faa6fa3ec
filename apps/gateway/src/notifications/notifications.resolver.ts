import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ContentSubjects,
  Envelope,
  MarkedNotificationsView,
  NotificationView,
  Page,
  UnreadNotificationCountView,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { payloadOf } from '../graphql/payload';
import { NotificationConnection, NotificationModel } from './notification.model';

const DEFAULT_PAGE = 20;

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => NotificationConnection, {
    description: 'The signed-in user’s notifications, newest first.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async notifications(
    @RequestEnvelope() envelope: Envelope,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<NotificationView>> {
    const page = await this.nats.request<Page<NotificationView>>(
      ContentSubjects.notification.list,
      envelope,
      payloadOf({ unreadOnly, first, after }),
    );
    return toConnection(page);
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread.' })
  async unreadNotificationCount(@RequestEnvelope() envelope: Envelope): Promise<number> {
    const reply = await this.nats.request<UnreadNotificationCountView>(
      ContentSubjects.notification.unreadCount,
      envelope,
      {},
    );
    return reply.count;
  }

  @Mutation(() => NotificationModel, { description: 'Marks one of the signed-in user’s notifications read.' })
  async markNotificationRead(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<NotificationView> {
    return this.nats.request<NotificationView>(ContentSubjects.notification.markRead, envelope, { id });
  }

  @Mutation(() => Int, { description: 'Marks every unread notification read; answers how many.' })
  async markAllNotificationsRead(@RequestEnvelope() envelope: Envelope): Promise<number> {
    const reply = await this.nats.request<MarkedNotificationsView>(
      ContentSubjects.notification.markAllRead,
      envelope,
      {},
    );
    return reply.count;
  }
}
