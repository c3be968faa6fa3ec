/**
 * At most `size` file transfers at once; the others wait in order. A waiter whose signal aborts
 * leaves the line without taking a place.
 */
export class TransferGate {
  private held = 0;
  private readonly waiting: { grant: () => void; signal: AbortSignal }[] = [];

  constructor(private readonly size: number) {}

  /** Resolves with the function that gives the place back (once); rejects when `signal` aborts first. */
  async enter(signal: AbortSignal): Promise<() => void> {
    signal.throwIfAborted();
    if (this.held < this.size) {
      this.held += 1;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        signal,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(signal.reason instanceof Error ? signal.reason : new Error('the wait was cancelled'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
    return this.releaser();
  }

  /** Transfers under way. */
  get active(): number {
    return this.held;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.held -= 1;
    };
  }
}
