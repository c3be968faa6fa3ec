import { ListeningItemKind, Network } from '@relais/contracts';
import { HeardItem } from '../../items/heard-item';

/** A strong reference to a record (`com.atproto.repo.strongRef`). */
interface StrongRef {
  uri: string;
  cid: string;
}

/** The fields of an `app.bsky.feed.post` record listening reads. */
export interface BlueskyPostRecord {
  $type?: string;
  text?: string;
  createdAt?: string;
  langs?: string[];
  facets?: Array<{ features?: Array<{ $type?: string }> }>;
  embed?: { $type?: string; media?: { $type?: string } };
  reply?: { root: StrongRef; parent: StrongRef };
}

/** An `app.bsky.notification.listNotifications` entry. */
export interface BlueskyNotification {
  uri: string;
  cid: string;
  author: { did: string; handle: string; displayName?: string };
  reason: string;
  reasonSubject?: string;
  record: BlueskyPostRecord;
  indexedAt: string;
}

/** The notifications that are someone's post about the brand (likes, follows and reposts are not). */
export const LISTENED_REASONS = ['mention', 'reply', 'quote'] as const;

const POST_COLLECTION = 'app.bsky.feed.post';
const LINK_FACET = 'app.bsky.richtext.facet#link';
const EXTERNAL_EMBED = 'app.bsky.embed.external';

/** The parts of an AT URI (`at://<did>/<collection>/<rkey>`); null when it is none. */
export function atUriParts(uri: string): { did: string; collection: string; rkey: string } | null {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  return match ? { did: match[1], collection: match[2], rkey: match[3] } : null;
}

/** What the post is for the brand whose account (DID `accountDid`) was notified. */
export function postKind(record: BlueskyPostRecord, accountDid: string): ListeningItemKind {
  const parent = record.reply?.parent.uri;
  if (!parent) return ListeningItemKind.Mention;
  return atUriParts(parent)?.did === accountDid ? ListeningItemKind.Comment : ListeningItemKind.Reply;
}

/** A link facet, or a link card (alone or beside a quoted post). */
function hasLink(record: BlueskyPostRecord): boolean {
  const linked = (record.facets ?? []).some((facet) =>
    (facet.features ?? []).some((feature) => feature.$type === LINK_FACET),
  );
  const embed = record.embed;
  return linked || embed?.$type === EXTERNAL_EMBED || embed?.media?.$type === EXTERNAL_EMBED;
}

/**
 * When the post was made, as Bluesky sorts it: the author's `createdAt`, unless it claims a time after
 * the network indexed the post (a client's clock cannot date a post in the future).
 */
function publishedAt(record: BlueskyPostRecord, indexedAt: string): Date {
  const indexed = new Date(indexedAt);
  const created = record.createdAt ? new Date(record.createdAt) : null;
  return created && !Number.isNaN(created.getTime()) && created <= indexed ? created : indexed;
}

/** The notification as an item; null when it is no post the brand listens to. */
export function heardNotification(
  notification: BlueskyNotification,
  accountId: string,
  accountDid: string,
): HeardItem | null {
  const { record, author } = notification;
  const parts = atUriParts(notification.uri);
  const listened: readonly string[] = LISTENED_REASONS;
  if (!listened.includes(notification.reason) || parts?.collection !== POST_COLLECTION) return null;
  return {
    network: Network.Bluesky,
    externalId: notification.uri,
    kind: postKind(record, accountDid),
    accountId,
    conversationKey: `bluesky:${record.reply?.root.uri ?? notification.uri}`,
    parentExternalId: record.reply?.parent.uri ?? null,
    url: `https://bsky.app/profile/${author.handle}/post/${parts.rkey}`,
    author: { externalId: author.did, handle: author.handle, name: author.displayName || null },
    text: record.text ?? '',
    language: record.langs?.[0] ?? null,
    hasLink: hasLink(record),
    publishedAt: publishedAt(record, notification.indexedAt),
  };
}
