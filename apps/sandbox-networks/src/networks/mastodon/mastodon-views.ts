import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';

/** URLs count as 23 characters whatever their length, as Mastodon counts them. */
export function mastodonLength(text: string): number {
  let count = 0;
  for (const _ of text.replace(/https?:\/\/[^\s<>"]+/g, 'x'.repeat(23))) count++;
  return count;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The status text as Mastodon renders it: escaped, paragraphs, line breaks. */
export function statusHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
  return escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br />')}</p>`)
    .join('');
}

export function accountView(account: SandboxAccount, baseUrl: string, statusesCount: number) {
  const avatar = `${baseUrl}/avatars/original/missing.png`;
  return {
    id: account.externalId,
    username: account.handle,
    acct: account.handle,
    display_name: account.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: new Date(account.createdAt).toISOString(),
    note: '',
    url: `${baseUrl}/@${account.handle}`,
    uri: `${baseUrl}/users/${account.handle}`,
    avatar,
    avatar_static: avatar,
    header: `${baseUrl}/headers/original/missing.png`,
    header_static: `${baseUrl}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: statusesCount,
    last_status_at: null,
    emojis: [],
    fields: [],
  };
}

export function statusView(
  post: SandboxPost,
  account: SandboxAccount,
  baseUrl: string,
  statusesCount: number,
) {
  const extra = post.extra as {
    visibility?: string;
    language?: string | null;
    spoilerText?: string;
    sensitive?: boolean;
  };
  return {
    id: post.id,
    created_at: new Date(post.receivedAt).toISOString(),
    in_reply_to_id: post.inReplyToId,
    in_reply_to_account_id: null,
    sensitive: extra.sensitive ?? false,
    spoiler_text: extra.spoilerText ?? '',
    visibility: extra.visibility ?? 'public',
    language: extra.language ?? null,
    uri: `${baseUrl}/users/${account.handle}/statuses/${post.id}`,
    url: post.url,
    replies_count: post.comments.length,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: null,
    content: statusHtml(post.text),
    reblog: null,
    application: { name: 'Relais', website: null },
    account: accountView(account, baseUrl, statusesCount),
    media_attachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
  };
}
