import { ListeningItemKind, Network } from '@relais/contracts';
import { HeardItem } from '../../items/heard-item';

/** A user of `includes.users` (`expansions=author_id` or `sender_id`). */
export interface XUser {
  id: string;
  username: string;
  name?: string;
}

/** The fields of an X post listening asks for (`tweet.fields`). */
export interface XTweet {
  id: string;
  text: string;
  created_at?: string;
  author_id?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  lang?: string;
  referenced_tweets?: Array<{ type: string; id: string }>;
  entities?: { urls?: Array<{ url?: string; expanded_url?: string; media_key?: string }> };
}

/** X's epoch in its snowflake ids (2010-11-04T01:42:54.657Z). */
const X_EPOCH_MS = 1_288_834_974_657n;

/** When an X id (post or direct message) was made: its snowflake holds the instant. */
export function snowflakeDate(id: string): Date {
  return new Date(Number((BigInt(id) >> 22n) + X_EPOCH_MS));
}

/** The date X states, else the one its id holds. */
export function xDate(createdAt: string | undefined, id: string): Date {
  const stated = createdAt ? new Date(createdAt) : null;
  return stated && !Number.isNaN(stated.getTime()) ? stated : snowflakeDate(id);
}

/** X's `lang` for "undetermined", "media only", "hashtags only" and the like states no language. */
function statedLanguage(lang: string | undefined): string | null {
  if (!lang || lang === 'und' || lang === 'zxx' || /^q[a-z]{2}$/.test(lang)) return null;
  return lang;
}

/** What the post is for the brand whose account (user id `accountExternalId`) was mentioned. */
export function tweetKind(tweet: XTweet, accountExternalId: string): ListeningItemKind {
  if (tweet.in_reply_to_user_id === accountExternalId) return ListeningItemKind.Comment;
  if (repliedTo(tweet)) return ListeningItemKind.Reply;
  return ListeningItemKind.Mention;
}

function repliedTo(tweet: XTweet): string | null {
  return tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id ?? null;
}

export function heardTweet(
  tweet: XTweet,
  users: ReadonlyMap<string, XUser>,
  accountId: string,
  accountExternalId: string,
): HeardItem {
  const authorId = tweet.author_id ?? '';
  const author = users.get(authorId);
  return {
    network: Network.X,
    externalId: tweet.id,
    kind: tweetKind(tweet, accountExternalId),
    accountId,
    conversationKey: `x:${tweet.conversation_id ?? tweet.id}`,
    parentExternalId: repliedTo(tweet),
    url: author
      ? `https://x.com/${author.username}/status/${tweet.id}`
      : `https://x.com/i/web/status/${tweet.id}`,
    author: { externalId: authorId, handle: author?.username ?? authorId, name: author?.name || null },
    text: tweet.text,
    language: statedLanguage(tweet.lang),
    // The links of attached photos and videos (`media_key`) are no links the author shared.
    hasLink: (tweet.entities?.urls ?? []).some((url) => !url.media_key),
    publishedAt: xDate(tweet.created_at, tweet.id),
  };
}

/** `includes.users` by id. */
export function usersById(users: readonly XUser[] | undefined): Map<string, XUser> {
  return new Map((users ?? []).map((user) => [user.id, user]));
}
