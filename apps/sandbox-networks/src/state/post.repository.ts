import { Network } from '@relais/contracts';
import type { PostMedia } from '../media/media.repository';

/** A comment (Facebook) or reply (X, Mastodon, Bluesky) received on a post the sandbox holds. */
export interface SandboxComment {
  id: string;
  accountId: string;
  text: string;
  receivedAt: number;
  requestId: string;
}

/** A post as received, with what each network needs to answer read-backs. */
export interface SandboxPost {
  id: string;
  network: Network;
  accountId: string;
  /** The text as a person reads it (LinkedIn's little-text escapes removed). */
  text: string;
  /** Unix milliseconds when the request arrived. */
  receivedAt: number;
  requestId: string;
  url: string | null;
  inReplyToId: string | null;
  comments: SandboxComment[];
  /** The files attached (absent: none). */
  media?: PostMedia[];
  /** Network-specific fields (Bluesky record/cid/rkey, LinkedIn commentary, Facebook link, ...). */
  extra: Record<string, unknown>;
}

interface NetworkPosts {
  byId: Map<string, SandboxPost>;
  /** Posts only (replies to posts held here are listed under their parent). */
  byAccount: Map<string, SandboxPost[]>;
  /** Posts and replies, as the network's own timelines show them. */
  timelines: Map<string, SandboxPost[]>;
  /** Replies by the id they answer (a post held here or a listened item). */
  replies: Map<string, SandboxPost[]>;
}

/** Every post received, per network, by id and by account (in arrival order). */
export class PostRepository {
  private readonly networks = new Map<Network, NetworkPosts>();
  private readonly listeners = new Set<(post: SandboxPost) => void>();

  /** Called with every post and reply stored (the Bluesky firehose). Returns the unsubscribe function. */
  subscribe(listener: (post: SandboxPost) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(post: SandboxPost): void {
    const posts = this.of(post.network);
    posts.byId.set(post.id, post);
    append(posts.byAccount, post);
    append(posts.timelines, post);
    if (post.inReplyToId) appendTo(posts.replies, post.inReplyToId, post);
    for (const listener of this.listeners) listener(post);
  }

  /** A reply to a post the sandbox holds: readable by id, listed under its parent's comments. */
  addReply(parent: SandboxPost, reply: SandboxPost): void {
    const posts = this.of(reply.network);
    posts.byId.set(reply.id, reply);
    append(posts.timelines, reply);
    appendTo(posts.replies, parent.id, reply);
    parent.comments.push({
      id: reply.id,
      accountId: reply.accountId,
      text: reply.text,
      receivedAt: reply.receivedAt,
      requestId: reply.requestId,
    });
    for (const listener of this.listeners) listener(reply);
  }

  get(network: Network, id: string): SandboxPost | undefined {
    return this.of(network).byId.get(id);
  }

  /** Posts and replies answering this id, oldest first. */
  repliesTo(network: Network, id: string): readonly SandboxPost[] {
    return this.of(network).replies.get(id) ?? [];
  }

  /** The account's posts, oldest first. */
  byAccount(network: Network, accountId: string): readonly SandboxPost[] {
    return this.of(network).byAccount.get(accountId) ?? [];
  }

  /** The account's posts and replies, oldest first (what the network's timelines list). */
  timeline(network: Network, accountId: string): readonly SandboxPost[] {
    return this.of(network).timelines.get(accountId) ?? [];
  }

  /** Every post, optionally of one network and account, in arrival order. */
  list(network?: Network, accountId?: string): SandboxPost[] {
    const networks = network ? [network] : [...this.networks.keys()];
    const posts: SandboxPost[] = [];
    for (const name of networks) {
      const book = this.of(name);
      if (accountId) posts.push(...(book.byAccount.get(accountId) ?? []));
      else for (const list of book.byAccount.values()) posts.push(...list);
    }
    return posts.sort((a, b) => a.receivedAt - b.receivedAt);
  }

  clear(): void {
    this.networks.clear();
  }

  private of(network: Network): NetworkPosts {
    let posts = this.networks.get(network);
    if (!posts)
      this.networks.set(
        network,
        (posts = { byId: new Map(), byAccount: new Map(), timelines: new Map(), replies: new Map() }),
      );
    return posts;
  }
}

function append(lists: Map<string, SandboxPost[]>, post: SandboxPost): void {
  appendTo(lists, post.accountId, post);
}

function appendTo(lists: Map<string, SandboxPost[]>, key: string, post: SandboxPost): void {
  const list = lists.get(key);
  if (list) list.push(post);
  else lists.set(key, [post]);
}
