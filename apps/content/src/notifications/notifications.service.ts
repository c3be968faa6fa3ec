import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ListNotificationsPayload,
  MarkedNotificationsView,
  NotificationIdPayload,
  NotificationKind,
  NotificationView,
  Page,
  UnreadNotificationCountView,
} from '@relais/contracts';
import { notFound } from '@relais/server-errors';
import { Actor, isoOrNull, pageOf, pageSize, TenantTransactions } from '@relais/server-database';
import { cursorInstantSql, decodeInstantCursor, encodeInstantCursor } from './keyset-cursor';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  post_id: string;
  brand_id: string;
  brand_name: string;
  post_title: string;
  actor_name: string | null;
  excerpt: string | null;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = `id, kind, post_id, brand_id, brand_name, post_title, actor_name, excerpt, created_at, read_at`;

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
      const rows = await manager.query<(NotificationRow & { cursor_at: string })[]>(
        `SELECT ${COLUMNS}, ${cursorInstantSql('created_at')} AS cursor_at
           FROM content.notifications
          WHERE agency_id = $1 AND recipient_id = $2 AND ($3::boolean IS FALSE OR read_at IS NULL)
            AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
          ORDER BY created_at DESC, id DESC
          LIMIT $6`,
        [actor.agencyId, actor.userId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, first + 1],
      );
      const total = await this.count(manager, actor, unreadOnly);
      const page = pageOf(rows, first, (row) => encodeInstantCursor(row.cursor_at, row.id), total);
      return { ...page, items: page.items.map(toView) };
    });
  }

  async unreadCount(actor: Actor): Promise<UnreadNotificationCountView> {
    return this.transactions.run(actor.scope, async (manager) => ({
      count: await this.count(manager, actor, true),
    }));
  }

  /** Marks one of the user's notifications read (again: keeps the first time). Someone else's is NOT_FOUND. */
  async markRead(actor: Actor, payload: NotificationIdPayload): Promise<NotificationView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await manager.query<[NotificationRow[], number]>(
        `UPDATE content.notifications SET read_at = coalesce(read_at, now())
          WHERE agency_id = $1 AND recipient_id = $2 AND id = $3
          RETURNING ${COLUMNS}`,
        [actor.agencyId, actor.userId, payload.id],
      );
      const [row] = rows[0];
      if (!row) throw notFound('notification');
      return toView(row);
    });
  }

  async markAllRead(actor: Actor): Promise<MarkedNotificationsView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const result = await manager.query<[unknown[], number]>(
        `UPDATE content.notifications SET read_at = now()
          WHERE agency_id = $1 AND recipient_id = $2 AND read_at IS NULL`,
        [actor.agencyId, actor.userId],
      );
      return { count: result[1] };
    });
  }

  private async count(manager: EntityManager, actor: Actor, unreadOnly: boolean): Promise<number> {
    const [{ count }] = await manager.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM content.notifications
        WHERE agency_id = $1 AND recipient_id = $2 AND ($3::boolean IS FALSE OR read_at IS NULL)`,
      [actor.agencyId, actor.userId, unreadOnly],
    );
    return count;
  }
}
