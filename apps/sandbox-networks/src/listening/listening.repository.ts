import { Network } from '@relais/contracts';
import { ItemDeque } from './item-deque';
import { ListeningItem, ListeningKind } from './listening-item';

/** What changed: a new item, an item hidden, shown or edited, an item deleted. */
export type ListeningChange = { type: 'added' | 'updated' | 'deleted'; item: ListeningItem };

export type NewListeningItem = Omit<ListeningItem, 'seq' | 'timeUs'>;

export const DEFAULT_MAX_ITEMS = 200_000;

/**
 * Every listened item of every network, in arrival order, bounded: beyond `maxItems` the oldest are
 * forgotten (a long demo or a sustained stream never exhausts memory). Indexed per network, per account
 * concerned and per parent, so each network's routes page their own surface.
 */
export class ListeningRepository {
  private all = new ItemDeque<ListeningItem>();
  private readonly byId = new Map<string, ListeningItem>();
  private readonly byNetwork = new Map<Network, ItemDeque<ListeningItem>>();
  private readonly byAccount = new Map<string, ItemDeque<ListeningItem>>();
  private readonly byParent = new Map<string, ItemDeque<ListeningItem>>();
  private readonly likes = new Map<string, Set<string>>();
  private readonly listeners = new Set<(change: ListeningChange) => void>();
  private readonly counts = new Map<string, number>();
  private seq = 0;
  private lastTimeUs = 0;

  constructor(private maxItems = DEFAULT_MAX_ITEMS) {}

  add(input: NewListeningItem, now = Date.now()): ListeningItem {
    this.lastTimeUs = Math.max(this.lastTimeUs + 1, now * 1000);
    const item: ListeningItem = { ...input, seq: ++this.seq, timeUs: this.lastTimeUs };
    this.byId.set(key(item.network, item.id), item);
    this.all.push(item);
    listOf(this.byNetwork, item.network).push(item);
    if (item.accountId) listOf(this.byAccount, key(item.network, item.accountId)).push(item);
    if (item.parentId) listOf(this.byParent, key(item.network, item.parentId)).push(item);
    const count = `${item.network}:${item.kind}`;
    this.counts.set(count, (this.counts.get(count) ?? 0) + 1);
    while (this.all.length > this.maxItems) this.evictOldest();
    this.emit({ type: 'added', item });
    return item;
  }

  get(network: Network, id: string): ListeningItem | undefined {
    return this.byId.get(key(network, id));
  }

  /** Every item of the network, oldest first. */
  ofNetwork(network: Network): ItemDeque<ListeningItem> {
    return listOf(this.byNetwork, network);
  }

  /** Items concerning the account (mentions, comments on its posts, messages), oldest first. */
  ofAccount(network: Network, accountId: string): ItemDeque<ListeningItem> {
    return this.byAccount.get(key(network, accountId)) ?? new ItemDeque();
  }

  /** Direct answers to a post or comment, oldest first. */
  childrenOf(network: Network, parentId: string): ListeningItem[] {
    return this.byParent.get(key(network, parentId))?.toArray() ?? [];
  }

  /** Every item, oldest first. */
  list(): ItemDeque<ListeningItem> {
    return this.all;
  }

  setHidden(item: ListeningItem, hidden: boolean): void {
    if (item.hidden === hidden) return;
    item.hidden = hidden;
    this.emit({ type: 'updated', item });
  }

  markDeleted(item: ListeningItem): void {
    if (item.deleted) return;
    item.deleted = true;
    this.emit({ type: 'deleted', item });
  }

  /** Records a like by the account; false when it already liked the object. */
  like(network: Network, objectId: string, accountId: string): boolean {
    const likers = this.likes.get(key(network, objectId)) ?? new Set<string>();
    this.likes.set(key(network, objectId), likers);
    if (likers.has(accountId)) return false;
    likers.add(accountId);
    const item = this.get(network, objectId);
    if (item) item.likeCount++;
    return true;
  }

  unlike(network: Network, objectId: string, accountId: string): boolean {
    const removed = this.likes.get(key(network, objectId))?.delete(accountId) ?? false;
    const item = removed ? this.get(network, objectId) : undefined;
    if (item) item.likeCount = Math.max(0, item.likeCount - 1);
    return removed;
  }

  likedBy(network: Network, objectId: string, accountId: string): boolean {
    return this.likes.get(key(network, objectId))?.has(accountId) ?? false;
  }

  /** Items added since the start, per network and kind (evicted ones included). */
  emitted(): Record<string, Partial<Record<ListeningKind, number>>> {
    const stats: Record<string, Partial<Record<ListeningKind, number>>> = {};
    for (const [name, count] of this.counts) {
      const [network, kind] = name.split(':') as [string, ListeningKind];
      stats[network] = { ...stats[network], [kind]: count };
    }
    return stats;
  }

  get size(): number {
    return this.all.length;
  }

  get capacity(): number {
    return this.maxItems;
  }

  /** Called after every change (webhooks, the firehose). Returns the unsubscribe function. */
  subscribe(listener: (change: ListeningChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.all = new ItemDeque();
    this.byId.clear();
    this.byNetwork.clear();
    this.byAccount.clear();
    this.byParent.clear();
    this.likes.clear();
    this.counts.clear();
  }

  private evictOldest(): void {
    const item = this.all.shift();
    if (!item) return;
    this.byId.delete(key(item.network, item.id));
    this.byNetwork.get(item.network)?.shift();
    if (item.accountId) shiftOrDrop(this.byAccount, key(item.network, item.accountId));
    if (item.parentId) shiftOrDrop(this.byParent, key(item.network, item.parentId));
    this.likes.delete(key(item.network, item.id));
  }

  private emit(change: ListeningChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function key(network: Network, id: string): string {
  return `${network}:${id}`;
}

function listOf<K>(lists: Map<K, ItemDeque<ListeningItem>>, name: K): ItemDeque<ListeningItem> {
  let list = lists.get(name);
  if (!list) lists.set(name, (list = new ItemDeque()));
  return list;
}

/** The evicted item is the oldest of every list it is in; an emptied list is dropped. */
function shiftOrDrop(lists: Map<string, ItemDeque<ListeningItem>>, name: string): void {
  const list = lists.get(name);
  list?.shift();
  if (list && list.length === 0) lists.delete(name);
}
