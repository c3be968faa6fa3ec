import { EntityManager } from 'typeorm';
import { NotificationKind, PostStatus, PublicationSummaryView } from '@relais/contracts';
import { cursorInstantSql } from './keyset-cursor';
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
  /** A publishing outcome's figures (a failed post), kept as JSON. */
  summary?: PublicationSummaryView | null;
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
        actor_name, excerpt, summary)
     SELECT $1, $2, r.recipient_id, $3, r.kind, $4, $5, $6, $7, $8, $9, $12::jsonb
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
      context.summary ? JSON.stringify(context.summary) : null,
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
): Promise<{ note: string | null; summary: unknown } | null> {
  const [row] = await manager.query<{ note: string | null; summary: unknown }[]>(
    `SELECT note, changes -> 'summary' AS summary FROM content.post_transitions
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

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  post_id: string;
  brand_id: string;
  brand_name: string;
  post_title: string;
  actor_name: string | null;
  excerpt: string | null;
  summary: unknown;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = `id, kind, post_id, brand_id, brand_name, post_title, actor_name, excerpt, summary, created_at, read_at`;

/** The user's notifications, newest first, after the keyset position `after` (created at, id). */
export function listNotifications(
  manager: EntityManager,
  agencyId: string,
  userId: string,
  unreadOnly: boolean,
  after: readonly [string, string] | null,
  limit: number,
): Promise<(NotificationRow & { cursor_at: string })[]> {
  return manager.query<(NotificationRow & { cursor_at: string })[]>(
    `SELECT ${COLUMNS}, ${cursorInstantSql('created_at')} AS cursor_at
           FROM content.notifications
          WHERE agency_id = $1 AND recipient_id = $2 AND ($3::boolean IS FALSE OR read_at IS NULL)
            AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
          ORDER BY created_at DESC, id DESC
          LIMIT $6`,
    [agencyId, userId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Marks one of the user's notifications read (keeping the first time); undefined when it is not theirs. */
export async function markNotificationRead(
  manager: EntityManager,
  agencyId: string,
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const rows = await manager.query<[NotificationRow[], number]>(
    `UPDATE content.notifications SET read_at = coalesce(read_at, now())
          WHERE agency_id = $1 AND recipient_id = $2 AND id = $3
          RETURNING ${COLUMNS}`,
    [agencyId, userId, id],
  );
  const [row] = rows[0];
  return row;
}

/** Marks all the user's unread notifications read; how many there were. */
export async function markAllNotificationsRead(
  manager: EntityManager,
  agencyId: string,
  userId: string,
): Promise<number> {
  const result = await manager.query<[unknown[], number]>(
    `UPDATE content.notifications SET read_at = now()
          WHERE agency_id = $1 AND recipient_id = $2 AND read_at IS NULL`,
    [agencyId, userId],
  );
  return result[1];
}

export async function countNotifications(
  manager: EntityManager,
  agencyId: string,
  userId: string,
  unreadOnly: boolean,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM content.notifications
        WHERE agency_id = $1 AND recipient_id = $2 AND ($3::boolean IS FALSE OR read_at IS NULL)`,
    [agencyId, userId, unreadOnly],
  );
  return count;
}

export interface PendingRecipient {
  agency_id: string;
  recipient_id: string;
}

export interface PendingRow {
  id: string;
  brand_id: string;
  kind: NotificationKind;
  post_id: string;
  post_title: string;
  brand_name: string;
  actor_name: string | null;
  excerpt: string | null;
  summary: unknown;
  created_at: Date;
}

/** Who has notifications waiting for a digest, older than `graceSeconds` (a SECURITY DEFINER function). */
export function pendingDigestRecipients(
  manager: EntityManager,
  graceSeconds: number,
  limit: number,
): Promise<PendingRecipient[]> {
  return manager.query<PendingRecipient[]>(
    `SELECT agency_id, recipient_id FROM content.pending_digest_recipients($1, $2)`,
    [graceSeconds, limit],
  );
}

/** Claims (`FOR UPDATE SKIP LOCKED`) up to `limit` of the user's rows waiting for a digest. */
export function claimDigestRows(
  manager: EntityManager,
  agencyId: string,
  userId: string,
  graceSeconds: number,
  limit: number,
): Promise<PendingRow[]> {
  return manager.query<PendingRow[]>(
    `SELECT id, brand_id, kind, post_id, post_title, brand_name, actor_name, excerpt, summary, created_at
         FROM content.notifications
        WHERE agency_id = $1 AND recipient_id = $2 AND read_at IS NULL AND emailed_at IS NULL
          AND created_at <= now() - make_interval(secs => $3)
        ORDER BY created_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED`,
    [agencyId, userId, graceSeconds],
  );
}

export async function markEmailed(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`UPDATE content.notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [
    ids,
  ]);
}
