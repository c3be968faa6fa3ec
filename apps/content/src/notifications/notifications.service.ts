import { Injectable } from '@nestjs/common';
import {
  ListNotificationsPayload,
  MarkedNotificationsView,
  NotificationIdPayload,
  NotificationView,
  Page,
  UnreadNotificationCountView,
} from '@relais/contracts';
import { notFound } from '@relais/server-errors';
import { Actor, isoOrNull, pageOf, pageSize, TenantTransactions } from '@relais/server-database';
import { decodeInstantCursor, encodeInstantCursor } from './keyset-cursor';
import {
  countNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  NotificationRow,
} from './notification.repository';
import { readFigures } from '../publishing-results/publication-outcome';

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    postId: row.post_id,
    brandId: row.brand_id,
    brandName: row.brand_name,
    postTitle: row.post_title,
    actorName: row.actor_name,
    excerpt: row.excerpt,
    summary: readFigures(row.summary),
    createdAt: row.created_at.toISOString(),
    readAt: isoOrNull(row.read_at),
  };
}

/**
 * The signed-in user's own notifications. Row-level security limits every query to the user's rows in
 * their agency and brand scope; the explicit `recipient_id` conditions say the same for the planner.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly transactions: TenantTransactions) {}

  async list(actor: Actor, payload: ListNotificationsPayload): Promise<Page<NotificationView>> {
    const first = pageSize(payload);
    const after = decodeInstantCursor(payload.after);
    const unreadOnly = payload.unreadOnly ?? false;
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await listNotifications(
        manager,
        actor.agencyId,
        actor.userId,
        unreadOnly,
        after,
        first + 1,
      );
      const total = await countNotifications(manager, actor.agencyId, actor.userId, unreadOnly);
      const page = pageOf(rows, first, (row) => encodeInstantCursor(row.cursor_at, row.id), total);
      return { ...page, items: page.items.map(toView) };
    });
  }

  async unreadCount(actor: Actor): Promise<UnreadNotificationCountView> {
    return this.transactions.run(actor.scope, async (manager) => ({
      count: await countNotifications(manager, actor.agencyId, actor.userId, true),
    }));
  }

  /** Marks one of the user's notifications read (again: keeps the first time). Someone else's is NOT_FOUND. */
  async markRead(actor: Actor, payload: NotificationIdPayload): Promise<NotificationView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const row = await markNotificationRead(manager, actor.agencyId, actor.userId, payload.id);
      if (!row) throw notFound('notification');
      return toView(row);
    });
  }

  async markAllRead(actor: Actor): Promise<MarkedNotificationsView> {
    return this.transactions.run(actor.scope, async (manager) => {
      return { count: await markAllNotificationsRead(manager, actor.agencyId, actor.userId) };
    });
  }
}
