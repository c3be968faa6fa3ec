import { EntityManager } from 'typeorm';
import { NotificationKind } from '@relais/contracts';
import { PlannedNotification } from './notification-plan';

/** What every notification of one event shares. */
export interface NotificationContext {
  eventId: string;
  agencyId: string;
  brandId: string;
  brandName: string;
  postId: string;
  postTitle: string;
  actorId: string | null;
  actorName: string | null;
  excerpt: string | null;
}

/**
 * Writes the notifications of one event, in the consumer's transaction. A plain INSERT, without
 * RETURNING or ON CONFLICT: the rows belong to other users, whom the caller's row-level security does
 * not let it read back (both would need to). The consumer's transaction records the event as processed
 * first, so a redelivery never gets here; the unique (event, recipient) key backs that up.
 */
export async function writeNotifications(
  manager: EntityManager,
  context: NotificationContext,
  planned: readonly PlannedNotification[],
): Promise<number> {
  if (planned.length === 0) return 0;
  const recipients = planned.map((item) => item.recipientId);
  const kinds: NotificationKind[] = planned.map((item) => item.kind);
  await manager.query(
    `INSERT INTO content.notifications
       (agency_id, brand_id, recipient_id, event_id, kind, post_id, brand_name, post_title, actor_id,
        actor_name, excerpt)
     SELECT $1, $2, r.recipient_id, $3, r.kind, $4, $5, $6, $7, $8, $9
       FROM unnest($10::uuid[], $11::text[]) AS r (recipient_id, kind)`,
    [
      context.agencyId,
      context.brandId,
      context.eventId,
      context.postId,
      context.brandName,
      context.postTitle,
      context.actorId,
      context.actorName,
      context.excerpt,
      recipients,
      kinds,
    ],
  );
  return planned.length;
}
