import { Network } from '@relais/contracts';

export const FAULT_KINDS = [
  'fail',
  'rate_limit',
  'drop_after_commit',
  'expire_token',
  'refuse_refresh',
  'media_fail',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A failure the next requests of an account (or of any account of the network) meet. */
export interface Fault {
  id: string;
  network: Network;
  /** External id; null = every account of the network. */
  accountId: string | null;
  kind: FaultKind;
  /** How many more requests it applies to. */
  remaining: number;
  /** How many more of those requests go through untouched before it applies (the Nth write: N - 1). */
  after: number;
  /** `fail`: the HTTP status to answer (defaults per network). `rate_limit`: overrides 429. */
  status: number | null;
  /** `rate_limit`: when the account may try again. */
  retryAfterSeconds: number | null;
  createdAt: number;
}

let faultCounter = 0;

/**
 * Faults counting down. `fail`, `rate_limit` and `drop_after_commit` apply to writes (posts, comments,
 * replies); `refuse_refresh` to token refreshes; `media_fail` to the next upload that is processed. An account's own faults are used before network-wide ones.
 */
export class FaultRepository {
  private faults: Fault[] = [];

  add(input: Omit<Fault, 'id' | 'createdAt'>): Fault {
    const fault: Fault = { ...input, id: `fault-${++faultCounter}`, createdAt: Date.now() };
    if (fault.remaining > 0) this.faults.push(fault);
    return fault;
  }

  /** Spends one use of the first matching fault of one of `kinds`. */
  take(network: Network, accountId: string, kinds: readonly FaultKind[]): Fault | null {
    if (this.faults.length === 0) return null;
    const matches = (fault: Fault) => fault.network === network && kinds.includes(fault.kind);
    const fault =
      this.faults.find((f) => matches(f) && f.accountId === accountId) ??
      this.faults.find((f) => matches(f) && f.accountId === null);
    if (!fault) return null;
    if (fault.after > 0) {
      fault.after -= 1;
      return null;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return { ...fault };
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.faults = [];
  }
}
