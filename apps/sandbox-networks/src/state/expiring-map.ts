/** A map whose entries vanish after their time to live; expired entries are swept as it grows. */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private nextSweepSize = 1024;

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number, now = Date.now()): void {
    this.entries.set(key, { value, expiresAt: now + ttlMs });
    if (this.entries.size >= this.nextSweepSize) this.sweep(now);
  }

  clear(): void {
    this.entries.clear();
    this.nextSweepSize = 1024;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    this.nextSweepSize = Math.max(1024, this.entries.size * 2);
  }
}
