/** A counting semaphore: at most `size` holders at once, the others wait in order. */
export class Semaphore {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async acquire(): Promise<void> {
    if (this.held < this.size) {
      this.held += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held -= 1;
  }

  get idle(): boolean {
    return this.held === 0 && this.waiting.length === 0;
  }
}

/**
 * How many requests may be in flight: per network (config) and per account; and which accounts the
 * networks asked to wait (429, exhausted budget) until when. An account's block never holds another.
 */
export class SendLimits {
  private readonly networks = new Map<string, Semaphore>();
  private readonly accounts = new Map<string, Semaphore>();
  private readonly blocked = new Map<string, number>();

  constructor(
    private readonly networkSize: (network: string) => number,
    private readonly accountSize: number,
  ) {}

  async acquire(network: string, accountId: string): Promise<() => void> {
    const account = this.semaphore(this.accounts, accountId, this.accountSize);
    await account.acquire();
    const perNetwork = this.semaphore(this.networks, network, this.networkSize(network));
    await perNetwork.acquire();
    return () => {
      perNetwork.release();
      account.release();
      if (account.idle) this.accounts.delete(accountId);
    };
  }

  block(accountId: string, until: Date): void {
    this.blocked.set(accountId, Math.max(until.getTime(), this.blocked.get(accountId) ?? 0));
  }

  /** When the account may send again, if it is blocked now. */
  blockedUntil(accountId: string): Date | null {
    const until = this.blocked.get(accountId);
    if (until === undefined) return null;
    if (until <= Date.now()) {
      this.blocked.delete(accountId);
      return null;
    }
    return new Date(until);
  }

  private semaphore(map: Map<string, Semaphore>, key: string, size: number): Semaphore {
    let semaphore = map.get(key);
    if (!semaphore) {
      semaphore = new Semaphore(size);
      map.set(key, semaphore);
    }
    return semaphore;
  }
}

/** Exponential backoff with jitter: base·2^(n−1) ±50 %, capped. `n` = failed attempts so far (≥ 1). */
export function backoffMs(failedAttempts: number, baseMs: number, maxMs: number): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), maxMs);
  return Math.round(Math.min(exponential * (0.5 + Math.random()), maxMs));
}
