import { ListeningItemKind, Network } from '@relais/contracts';
import { convert } from 'html-to-text';
import { HeardItem } from '../../items/heard-item';

/** The fields of a Mastodon Status listening reads. */
export interface MastodonStatus {
  id: string;
  created_at: string;
  url: string | null;
  uri: string;
  content: string;
  spoiler_text?: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  language: string | null;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  account: { id: string; acct: string; display_name: string };
  card?: unknown;
}

/** Mastodon ids are snowflakes in decimal: longer is later, then by digits. */
export function laterId(a: string | null, b: string): string {
  if (a === null) return b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a > b ? a : b;
}

/** The status's text as a person reads it: HTML to plain text, links without their addresses. */
export function statusText(status: MastodonStatus): string {
  const body = convert(status.content, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ],
  }).trim();
  return status.spoiler_text ? `${status.spoiler_text}\n\n${body}` : body;
}

/** A link that is neither a mention nor a hashtag (Mastodon marks those with classes). */
function hasLink(status: MastodonStatus): boolean {
  if (status.card) return true;
  const anchors = status.content.match(/<a\s[^>]*>/gi) ?? [];
  return anchors.some((anchor) => !/class="[^"]*\b(mention|hashtag)\b/i.test(anchor));
}

/** What the status is for the brand whose account `accountExternalId` heard it. */
export function statusKind(status: MastodonStatus, accountExternalId: string): ListeningItemKind {
  if (status.visibility === 'direct') return ListeningItemKind.Message;
  if (status.in_reply_to_account_id === accountExternalId) return ListeningItemKind.Comment;
  if (status.in_reply_to_id) return ListeningItemKind.Reply;
  return ListeningItemKind.Mention;
}

export function heardStatus(
  status: MastodonStatus,
  accountId: string | null,
  kind: ListeningItemKind,
): HeardItem {
  return {
    network: Network.Mastodon,
    externalId: status.id,
    kind,
    accountId,
    conversationKey: `mastodon:${status.in_reply_to_id ?? status.id}`,
    parentExternalId: status.in_reply_to_id,
    url: status.url ?? status.uri,
    author: {
      externalId: status.account.id,
      handle: status.account.acct,
      name: status.account.display_name || null,
    },
    text: statusText(status),
    language: status.language,
    hasLink: hasLink(status),
    publishedAt: new Date(status.created_at),
  };
}
