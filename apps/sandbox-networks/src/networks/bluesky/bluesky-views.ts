import { ListeningItem } from '../../listening/listening-item';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';

/** What the viewer did to a post (`viewer.like` is the URI of its like record). */
export interface PostViewer {
  like?: string;
}

/** A post an account of the sandbox published, as `app.bsky.feed.defs#postView`. */
export function postView(post: SandboxPost, author: SandboxAccount, extra: PostCounts = EMPTY_COUNTS) {
  return {
    $type: 'app.bsky.feed.defs#postView',
    uri: post.id,
    cid: post.extra.cid as string,
    author: {
      did: author.externalId,
      handle: author.handle,
      displayName: author.displayName,
      labels: [],
      createdAt: new Date(author.createdAt).toISOString(),
    },
    record: post.extra.record,
    replyCount: Math.max(post.comments.length, extra.replyCount),
    repostCount: 0,
    likeCount: extra.likeCount,
    quoteCount: 0,
    indexedAt: new Date(post.receivedAt).toISOString(),
    viewer: extra.viewer,
    labels: [],
  };
}

export interface PostCounts {
  replyCount: number;
  likeCount: number;
  viewer: PostViewer;
}

const EMPTY_COUNTS: PostCounts = { replyCount: 0, likeCount: 0, viewer: {} };

/** A listened post as `app.bsky.feed.defs#postView`. */
export function itemPostView(item: ListeningItem, counts: PostCounts) {
  return {
    $type: 'app.bsky.feed.defs#postView',
    uri: item.id,
    cid: item.extra.cid as string,
    author: {
      did: item.author.id,
      handle: item.author.handle,
      displayName: item.author.displayName,
      avatar: item.author.avatarUrl,
      labels: [],
      createdAt: '2024-01-01T00:00:00.000Z',
    },
    record: item.extra.record,
    replyCount: counts.replyCount,
    repostCount: 0,
    likeCount: item.likeCount,
    quoteCount: 0,
    indexedAt: new Date(item.createdAt).toISOString(),
    viewer: counts.viewer,
    labels: [],
  };
}
