import { hashtagsOf, ListeningAuthor, ListeningItem } from '../../listening/listening-item';
import { statusHtml } from './mastodon-views';

/** An account of the instance mentioned in a status. */
export interface MentionedAccount {
  id: string;
  handle: string;
}

/** Someone who wrote a listened status, as Mastodon shows an account. */
export function authorAccountView(author: ListeningAuthor, baseUrl: string) {
  return {
    id: author.id,
    username: author.handle,
    acct: author.handle,
    display_name: author.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: '2024-01-01T00:00:00.000Z',
    note: '',
    url: `${baseUrl}/@${author.handle}`,
    uri: `${baseUrl}/users/${author.handle}`,
    avatar: author.avatarUrl,
    avatar_static: author.avatarUrl,
    header: `${baseUrl}/headers/original/missing.png`,
    header_static: `${baseUrl}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: 0,
    last_status_at: null,
    emojis: [],
    fields: [],
  };
}

/** The text as Mastodon renders it, mentions and hashtags as links. */
export function listenedHtml(text: string, baseUrl: string, mentioned: readonly MentionedAccount[]): string {
  return statusHtml(text)
    .replace(
      /(^|[^\w@])@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_])/g,
      (match, before: string, handle: string) => {
        const account = mentioned.find((candidate) => candidate.handle === handle.toLowerCase());
        if (!account) return match;
        return `${before}<span class="h-card" translate="no"><a href="${baseUrl}/@${account.handle}" class="u-url mention">@<span>${account.handle}</span></a></span>`;
      },
    )
    .replace(
      /(^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu,
      (_match, before: string, tag: string) =>
        `${before}<a href="${baseUrl}/tags/${encodeURIComponent(tag.toLowerCase())}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`,
    );
}

export interface ListenedStatusContext {
  baseUrl: string;
  repliesCount: number;
  favourited: boolean;
  mentioned: readonly MentionedAccount[];
}

/** A listened status in Mastodon's Status shape. */
export function listenedStatusView(item: ListeningItem, context: ListenedStatusContext) {
  const { baseUrl } = context;
  return {
    id: item.id,
    created_at: new Date(item.createdAt).toISOString(),
    in_reply_to_id: item.parentId,
    in_reply_to_account_id: typeof item.extra.parentAuthorId === 'string' ? item.extra.parentAuthorId : null,
    sensitive: false,
    spoiler_text: '',
    visibility: item.kind === 'message' ? 'direct' : 'public',
    language: item.lang,
    uri: `${baseUrl}/users/${item.author.handle}/statuses/${item.id}`,
    url: `${baseUrl}/@${item.author.handle}/${item.id}`,
    replies_count: context.repliesCount,
    reblogs_count: 0,
    favourites_count: item.likeCount,
    favourited: context.favourited,
    reblogged: false,
    muted: false,
    bookmarked: false,
    edited_at: null,
    content: listenedHtml(item.text, baseUrl, context.mentioned),
    reblog: null,
    application: null,
    account: authorAccountView(item.author, baseUrl),
    media_attachments: [],
    mentions: context.mentioned.map((account) => ({
      id: account.id,
      username: account.handle,
      acct: account.handle,
      url: `${baseUrl}/@${account.handle}`,
    })),
    tags: hashtagsOf(item.text).map((tag) => ({
      name: tag,
      url: `${baseUrl}/tags/${encodeURIComponent(tag)}`,
    })),
    emojis: [],
    card: null,
    poll: null,
  };
}
