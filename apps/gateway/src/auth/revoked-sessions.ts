import { RevokedSession } from '@relais/contracts';

/**
 * The sessions this replica knows were revoked, each kept until no access token issued before its
 * revocation can still be valid (`retainSeconds` after it: the access-token lifetime plus the clock
 * tolerance). An access token of a revoked session issued up to the second of the revocation is
 * refused; one issued later (a session that went on in another agency) is not.
 */
export class RevokedSessions {
  /** Session id → the second it was last revoked. */
  private readonly revokedAt = new Map<string, number>();

  constructor(
    private readonly retainSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.revokedAt.size;
  }

  add(session: RevokedSession): void {
    const second = Math.floor(Date.parse(session.revokedAt) / 1000);
    if (Number.isNaN(second) || second <= this.horizon()) return;
    const known = this.revokedAt.get(session.sessionId);
    if (known === undefined || second > known) this.revokedAt.set(session.sessionId, second);
  }

  /** Whether an access token of `sessionId` issued at `issuedAt` (seconds) was revoked since. */
  isRevoked(sessionId: string, issuedAt: number): boolean {
    const second = this.revokedAt.get(sessionId);
    return second !== undefined && issuedAt <= second;
  }

  /** Forgets revocations older than every access token still valid. */
  prune(): void {
    const horizon = this.horizon();
    for (const [sessionId, second] of this.revokedAt) {
      if (second <= horizon) this.revokedAt.delete(sessionId);
    }
  }

  /** The instant from which revocations still matter. */
  since(): Date {
    return new Date((this.horizon() + 1) * 1000);
  }

  private horizon(): number {
    return Math.floor(this.now() / 1000) - this.retainSeconds;
  }
}
