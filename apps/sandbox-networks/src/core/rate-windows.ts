/** How many points an account may spend per window. */
export interface RatePolicy {
  limit: number;
  windowSeconds: number;
}

/** The state of one account's window after (or without) spending points. */
export interface RateState {
  limit: number;
  remaining: number;
  /** Unix milliseconds at which the window starts over. */
  resetAt: number;
  windowSeconds: number;
  /** False when the points asked for were not available (nothing was spent). */
  allowed: boolean;
}

interface Window {
  start: number;
  used: number;
}

/**
 * Fixed windows aligned on multiples of the window length since the Unix epoch, the way Mastodon's
 * rack-attack counts (a daily window therefore starts at midnight UTC, as LinkedIn's does). One counter
 * per key (network + account); a refused request spends nothing.
 */
export class RateWindows {
  private readonly windows = new Map<string, Window>();

  consume(key: string, policy: RatePolicy, cost: number, now = Date.now()): RateState {
    const window = this.current(key, policy, now);
    const allowed = window.used + cost <= policy.limit;
    if (allowed) window.used += cost;
    return this.stateOf(window, policy, allowed);
  }

  /** The window as it stands, spending nothing. */
  peek(key: string, policy: RatePolicy, now = Date.now()): RateState {
    return this.stateOf(this.current(key, policy, now), policy, true);
  }

  /** Empties the window (e.g. after the limit was changed). */
  clear(): void {
    this.windows.clear();
  }

  private current(key: string, policy: RatePolicy, now: number): Window {
    const length = policy.windowSeconds * 1000;
    const start = Math.floor(now / length) * length;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, used: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  private stateOf(window: Window, policy: RatePolicy, allowed: boolean): RateState {
    return {
      limit: policy.limit,
      remaining: Math.max(0, policy.limit - window.used),
      resetAt: window.start + policy.windowSeconds * 1000,
      windowSeconds: policy.windowSeconds,
      allowed,
    };
  }
}
