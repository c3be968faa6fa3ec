import { Network } from '@relais/contracts';
import { SandboxAccount } from '../state/account.repository';
import { SandboxPost } from '../state/post.repository';
import { Sandbox } from '../state/sandbox';
import { AuthorInput, authorOn } from './listening-authors';
import { ListeningItem, ListeningKind, mentionsOf, Sentiment } from './listening-item';
import { ParentRef, surfaceOf } from './listening-surfaces';

/** An item to put on a network surface, as the control API or the generator describes it. */
export interface ItemInput {
  network: Network;
  kind: ListeningKind;
  /** Handle of the account concerned (mentioned, commented on, written to). */
  account?: string;
  /** The post or comment answered (a post the sandbox holds or a listened item), for comments and replies. */
  postId?: string;
  text: string;
  author: AuthorInput;
  lang: string;
  /** Unix milliseconds; now when absent. */
  createdAt?: number;
  topic?: string | null;
  sentiment?: Sentiment | null;
}

export type Placement = { ok: true; item: ListeningItem } | { ok: false; field: string; message: string };

/**
 * Puts an item where the network shows it: a mention of the account, a comment under a post (by default
 * the account's latest), a reply under a comment (by default the latest one concerning the account), a
 * direct message to the account, or a public post.
 */
export function placeItem(sandbox: Sandbox, input: ItemInput, now = Date.now()): Placement {
  const account = input.account ? findAccount(sandbox, input.network, input.account) : undefined;
  if (input.account && !account) {
    return refusal('account', `names no ${input.network} account provisioned since the last start`);
  }
  let parent: ParentRef | null = null;
  if (input.postId) {
    parent = parentRef(sandbox, input.network, input.postId);
    if (!parent) return refusal('postId', `names no ${input.network} post or comment the sandbox holds`);
  } else if (input.kind === 'comment') {
    const post = account ? latestPost(sandbox, input.network, account) : undefined;
    if (!post) return refusal('postId', 'is required for a comment when the account has published nothing');
    parent = postRef(post);
  } else if (input.kind === 'reply') {
    const comment = account ? latestComment(sandbox, input.network, account) : undefined;
    if (!comment) return refusal('postId', 'is required for a reply when nothing was said to the account');
    parent = itemRef(comment);
  }
  const accountId = account?.externalId ?? (parent ? ownerOf(sandbox, input.network, parent.id) : null);
  if ((input.kind === 'mention' || input.kind === 'message') && !accountId) {
    return refusal('account', `is required for a ${input.kind}`);
  }
  const author = authorOn(input.network, input.author);
  const createdAt = input.createdAt ?? now;
  const surface = surfaceOf({
    network: input.network,
    kind: input.kind,
    author,
    text: input.text,
    lang: input.lang,
    createdAt,
    parent,
    mentioned: mentionedAccounts(sandbox, input.network, input.text),
    now,
  });
  const item = sandbox.listening.add(
    {
      network: input.network,
      kind: input.kind,
      id: surface.id,
      accountId,
      author,
      text: input.text,
      lang: input.lang,
      createdAt,
      parentId: parent?.id ?? null,
      rootId: parent?.rootId ?? surface.id,
      hidden: false,
      deleted: false,
      likeCount: 0,
      topic: input.topic ?? null,
      sentiment: input.sentiment ?? null,
      extra: surface.extra,
    },
    now,
  );
  return { ok: true, item };
}

/**
 * A comment or reply an account of the sandbox writes itself (a page answering under its post, an
 * organization replying to a comment): stored with the listened ones, so threads read back whole.
 */
export function placeOwnAnswer(
  sandbox: Sandbox,
  account: SandboxAccount,
  answer: { kind: 'comment' | 'reply'; postId: string; text: string },
  now: number,
): Placement {
  return placeItem(
    sandbox,
    {
      network: account.network,
      kind: answer.kind,
      postId: answer.postId,
      text: answer.text,
      author: { id: account.externalId, handle: account.handle, displayName: account.displayName },
      lang: 'en',
    },
    now,
  );
}

/** The account with this handle on the network (Bluesky handles are domains; `acme` finds `acme.*`). */
export function findAccount(sandbox: Sandbox, network: Network, handle: string): SandboxAccount | undefined {
  if (network !== Network.Bluesky) return sandbox.accounts.findByHandle(network, handle);
  const normalized = handle.trim().toLowerCase().replace(/^@/, '');
  return (
    sandbox.accounts.findBlueskyHandle(normalized) ??
    sandbox.accounts.list(network).find((account) => account.handle.split('.')[0] === normalized)
  );
}

/** The account's latest post still online. */
export function latestPost(
  sandbox: Sandbox,
  network: Network,
  account: SandboxAccount,
): SandboxPost | undefined {
  const posts = sandbox.posts.byAccount(network, account.externalId);
  for (let i = posts.length - 1; i >= 0; i--) if (!posts[i].extra.deleted) return posts[i];
  return undefined;
}

function latestComment(
  sandbox: Sandbox,
  network: Network,
  account: SandboxAccount,
): ListeningItem | undefined {
  return sandbox.listening
    .ofAccount(network, account.externalId)
    .newestFirst((item) => !item.deleted && (item.kind === 'comment' || item.kind === 'mention'), 1)[0];
}

function parentRef(sandbox: Sandbox, network: Network, id: string): ParentRef | null {
  const post = sandbox.posts.get(network, id);
  if (post && !post.extra.deleted) return postRef(post);
  const item = sandbox.listening.get(network, id);
  return item && !item.deleted ? itemRef(item, sandbox) : null;
}

function postRef(post: SandboxPost): ParentRef {
  const cid = typeof post.extra.cid === 'string' ? post.extra.cid : null;
  return { id: post.id, rootId: post.inReplyToId ?? post.id, authorId: post.accountId, cid, rootCid: cid };
}

function itemRef(item: ListeningItem, sandbox?: Sandbox): ParentRef {
  const cid = typeof item.extra.cid === 'string' ? item.extra.cid : null;
  const root =
    item.rootId === item.id
      ? null
      : (sandbox?.posts.get(item.network, item.rootId) ?? sandbox?.listening.get(item.network, item.rootId));
  const rootCid = root && typeof root.extra.cid === 'string' ? root.extra.cid : cid;
  return { id: item.id, rootId: item.rootId, authorId: item.author.id, cid, rootCid };
}

/** The account a post or comment concerns: the author of a sandbox post, or whom a listened item concerns. */
function ownerOf(sandbox: Sandbox, network: Network, id: string): string | null {
  return sandbox.posts.get(network, id)?.accountId ?? sandbox.listening.get(network, id)?.accountId ?? null;
}

function mentionedAccounts(sandbox: Sandbox, network: Network, text: string) {
  if (network !== Network.Bluesky) return [];
  return mentionsOf(text).flatMap((handle) => {
    const account = findAccount(sandbox, network, handle);
    return account ? [{ handle: account.handle, did: account.externalId }] : [];
  });
}

function refusal(field: string, message: string): Placement {
  return { ok: false, field, message };
}
