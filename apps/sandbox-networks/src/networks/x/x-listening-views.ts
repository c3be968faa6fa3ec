import { ListeningAuthor, ListeningItem } from '../../listening/listening-item';
import { ItemDeque } from '../../listening/item-deque';
import { encodeCursor, PageParams } from './x-timeline';

/** A listened post as X's Tweet object, with the `tweet.fields` asked for. */
export function itemTweetView(item: ListeningItem, fields: readonly string[]): Record<string, unknown> {
  const parentAuthor = typeof item.extra.parentAuthorId === 'string' ? item.extra.parentAuthorId : null;
  return {
    id: item.id,
    text: item.text,
    edit_history_tweet_ids: [item.id],
    ...(fields.includes('created_at') ? { created_at: new Date(item.createdAt).toISOString() } : {}),
    ...(fields.includes('author_id') ? { author_id: item.author.id } : {}),
    ...(fields.includes('conversation_id') ? { conversation_id: item.rootId } : {}),
    ...(fields.includes('in_reply_to_user_id') && parentAuthor ? { in_reply_to_user_id: parentAuthor } : {}),
    ...(fields.includes('lang') ? { lang: item.lang } : {}),
    ...(fields.includes('referenced_tweets') && item.parentId
      ? { referenced_tweets: [{ type: 'replied_to', id: item.parentId }] }
      : {}),
    ...(fields.includes('public_metrics')
      ? { public_metrics: { retweet_count: 0, reply_count: 0, like_count: item.likeCount, quote_count: 0 } }
      : {}),
  };
}

/** `includes.users` for `expansions=author_id`. */
export function userView(author: ListeningAuthor, fields: readonly string[]) {
  return {
    id: author.id,
    name: author.displayName,
    username: author.handle,
    ...(fields.includes('profile_image_url') ? { profile_image_url: author.avatarUrl } : {}),
  };
}

export interface ItemPage {
  items: ListeningItem[];
  meta: Record<string, unknown>;
}

/**
 * Newest first within the ids and times asked; a token carries the id the next (older) or previous
 * (newer) page starts from, so items that arrive meanwhile neither shift nor repeat pages.
 */
export function itemPage(
  list: ItemDeque<ListeningItem>,
  params: PageParams,
  matches: (item: ListeningItem) => boolean,
): ItemPage {
  const { maxResults, startTime, endTime, sinceId, untilId, cursor } = params;
  const inRange = (item: ListeningItem) =>
    (startTime === undefined || item.createdAt >= startTime) &&
    (endTime === undefined || item.createdAt <= endTime) &&
    matches(item);
  let lower = sinceId;
  let upper = untilId;
  if (cursor?.direction === 'older') upper = upper === undefined || cursor.id < upper ? cursor.id : upper;
  if (cursor?.direction === 'newer') lower = lower === undefined || cursor.id > lower ? cursor.id : lower;
  const lowerIndex = lower === undefined ? 0 : list.firstIndex((item) => BigInt(item.id) > lower);
  const upperIndex = upper === undefined ? list.length : list.firstIndex((item) => BigInt(item.id) >= upper);
  const found: ListeningItem[] = [];
  const newer = cursor?.direction === 'newer';
  if (newer) {
    // The page just above the token, still newest first.
    for (let i = lowerIndex; i < upperIndex && found.length <= maxResults; i++) {
      const item = list.at(i);
      if (item && inRange(item)) found.push(item);
    }
  } else {
    for (let i = upperIndex - 1; i >= lowerIndex && found.length <= maxResults; i--) {
      const item = list.at(i);
      if (item && inRange(item)) found.push(item);
    }
  }
  const more = found.length > maxResults;
  const items = newer ? found.slice(0, maxResults).reverse() : found.slice(0, maxResults);
  const meta: Record<string, unknown> = { result_count: items.length };
  const newest = items[0];
  const oldest = items[items.length - 1];
  if (newest && oldest) {
    meta.newest_id = newest.id;
    meta.oldest_id = oldest.id;
    if (more || newer) meta.next_token = encodeCursor({ direction: 'older', id: BigInt(oldest.id) });
    if (cursor) meta.previous_token = encodeCursor({ direction: 'newer', id: BigInt(newest.id) });
  }
  return { items, meta };
}
