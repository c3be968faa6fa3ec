/** A list that grows at the end and loses items at the front, both in amortised constant time. */
export class ItemDeque<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The oldest item, if any. */
  peekFirst(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  at(index: number): T | undefined {
    return index >= 0 && index < this.length ? this.items[this.head + index] : undefined;
  }

  /** Index of the first item for which `isAfter` is true, items being ordered (binary search). */
  firstIndex(isAfter: (item: T) => boolean): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isAfter(this.items[this.head + middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Newest first, stopping once `limit` items matched. */
  newestFirst(matches: (item: T) => boolean, limit: number, fromIndex = this.length - 1): T[] {
    const found: T[] = [];
    for (let i = Math.min(fromIndex, this.length - 1); i >= 0 && found.length < limit; i--) {
      const item = this.items[this.head + i];
      if (matches(item)) found.push(item);
    }
    return found;
  }

  /** Oldest first from `fromIndex`, stopping once `limit` items matched. */
  oldestFirst(matches: (item: T) => boolean, limit: number, fromIndex = 0): T[] {
    const found: T[] = [];
    for (let i = Math.max(0, fromIndex); i < this.length && found.length < limit; i++) {
      const item = this.items[this.head + i];
      if (matches(item)) found.push(item);
    }
    return found;
  }

  toArray(): T[] {
    return this.items.slice(this.head);
  }
}
