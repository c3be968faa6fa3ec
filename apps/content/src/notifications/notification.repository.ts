import { EntityManager } from 'typeorm';
import { NotificationKind, PostStatus } from '@relais/contracts';
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

/** The post as it is now, or null when it was deleted. */
export async function findNotifiedPost(
  manager: EntityManager,
  agencyId: string,
  postId: string,
): Promise<{ author_id: string; title: string } | null> {
  const rows = await manager.query<{ author_id: string; title: string }[]>(
    `SELECT author_id, title FROM content.posts WHERE agency_id = $1 AND id = $2`,
    [agencyId, postId],
  );
  return rows[0] ?? null;
}

export interface SettledPostRow {
  author_id: string;
  title: string;
  status: PostStatus;
  version: number;
  scheduled_at: Date | null;
}

/** The post, share-locked until the transaction ends, or undefined when there is none. */
export async function findSettledPost(
  manager: EntityManager,
  agencyId: string,
  postId: string,
): Promise<SettledPostRow | undefined> {
  const [post] = await manager.query<SettledPostRow[]>(
    `SELECT author_id, title, status, version, scheduled_at FROM content.posts
        WHERE agency_id = $1 AND id = $2 FOR SHARE`,
    [agencyId, postId],
  );
  return post;
}

/** The latest history line of the post with one of `actions` for the publication, written from `since` on. */
export async function findFailureTransition(
  manager: EntityManager,
  agencyId: string,
  postId: string,
  actions: readonly string[],
  publicationId: string,
  since: string,
): Promise<{ note: string | null } | null> {
  const [row] = await manager.query<{ note: string | null }[]>(
    `SELECT note FROM content.post_transitions
        WHERE agency_id = $1 AND post_id = $2 AND action = ANY($3::text[])
          AND changes ->> 'publicationId' = $4 AND created_at >= $5
        ORDER BY created_at DESC LIMIT 1`,
    [agencyId, postId, actions, publicationId, since],
  );
  return row ?? null;
}

/** Who last scheduled the post (or moved it in the calendar), from its history; null if no one did. */
export async function lastScheduler(
  manager: EntityManager,
  agencyId: string,
  postId: string,
): Promise<string | null> {
  const [row] = await manager.query<{ actor_id: string }[]>(
    `SELECT actor_id FROM content.post_transitions
        WHERE agency_id = $1 AND post_id = $2 AND to_status = $3 AND actor_id IS NOT NULL
        ORDER BY created_at DESC, id DESC LIMIT 1`,
    [agencyId, postId, PostStatus.Scheduled],
  );
  return row?.actor_id ?? null;
}
