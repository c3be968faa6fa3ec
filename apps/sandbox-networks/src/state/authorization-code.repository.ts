import { randomBytes } from 'node:crypto';
import { Network } from '@relais/contracts';

/** What a code was issued for: the exchange must present the same client and redirect URI. */
export interface AuthorizationGrant {
  network: Network;
  clientId: string;
  redirectUri: string;
  /** S256 challenge; null when the client sent none (LinkedIn and Facebook make PKCE optional). */
  codeChallenge: string | null;
  scopes: string[];
  /** External id of the account (X, Mastodon) or person (Facebook user, LinkedIn member) who consented. */
  accountId: string;
}

export type CodeRedemption =
  | { ok: true; grant: AuthorizationGrant }
  | { ok: false; reason: 'unknown' | 'used' | 'expired'; grant?: AuthorizationGrant };

interface StoredCode {
  grant: AuthorizationGrant;
  expiresAt: number;
  usedAt: number | null;
}

/** How long a used or expired code is still told apart from one never issued. */
const REMEMBERED_MS = 3600_000;

/**
 * Authorization codes: random, single-use, expiring. A used or expired code is remembered a while, so
 * the exchange can say which it was (Facebook words them differently).
 */
export class AuthorizationCodeRepository {
  private readonly codes = new Map<string, StoredCode>();

  constructor(private ttlMs: number) {}

  issue(grant: AuthorizationGrant, now = Date.now()): string {
    if (this.codes.size >= 1024) this.sweep(now);
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { grant, expiresAt: now + this.ttlMs, usedAt: null });
    return code;
  }

  /** Spends the code: whatever the outcome, it cannot be exchanged again. */
  redeem(network: Network, code: string, now = Date.now()): CodeRedemption {
    const stored = this.codes.get(code);
    if (!stored || stored.grant.network !== network) return { ok: false, reason: 'unknown' };
    if (stored.usedAt !== null) return { ok: false, reason: 'used', grant: stored.grant };
    stored.usedAt = now;
    if (stored.expiresAt <= now) return { ok: false, reason: 'expired', grant: stored.grant };
    return { ok: true, grant: stored.grant };
  }

  setTtl(seconds: number): void {
    this.ttlMs = seconds * 1000;
  }

  get ttlSeconds(): number {
    return this.ttlMs / 1000;
  }

  clear(): void {
    this.codes.clear();
  }

  private sweep(now: number): void {
    for (const [code, stored] of this.codes) {
      if (stored.expiresAt + REMEMBERED_MS <= now) this.codes.delete(code);
    }
  }
}
