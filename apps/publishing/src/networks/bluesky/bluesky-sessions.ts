import { Injectable } from '@nestjs/common';

/** A Bluesky session: the access and refresh JWTs of one account. */
export interface BlueskySession {
  accessJwt: string;
  refreshJwt: string;
  expiresAt: Date | null;
}

interface Entry {
  /** Access tokens this session replaced (callers may still pass a stale copy). */
  replaced: Set<string>;
  session: BlueskySession;
}

/** The expiry (`exp`) of a JWT, read without checking it: only to know when to renew. */
export function jwtExpiry(jwt: string): Date | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null;
  } catch {
    return null;
  }
}

/**
 * Sessions renewed by this process, per account, in memory only. Callers may still hold the tokens
 * they had before a renewal (their credentials cache lags a little): those are swapped for the renewed
 * session; any other token (a reconnection) wins and replaces the entry.
 */
@Injectable()
export class BlueskySessions {
  private readonly entries = new Map<string, Entry>();

  /** The access JWT to use for an account given the one the caller has. */
  accessJwt(accountId: string, callerAccessJwt: string): string {
    const entry = this.entries.get(accountId);
    if (!entry) return callerAccessJwt;
    if (entry.replaced.has(callerAccessJwt)) return entry.session.accessJwt;
    if (entry.session.accessJwt !== callerAccessJwt) this.entries.delete(accountId);
    return callerAccessJwt;
  }

  /** The refresh JWT to use (a renewal rotates it). */
  refreshJwt(accountId: string, callerAccessJwt: string, callerRefreshJwt: string | null): string | null {
    const entry = this.entries.get(accountId);
    if (entry && (entry.replaced.has(callerAccessJwt) || entry.session.accessJwt === callerAccessJwt)) {
      return entry.session.refreshJwt;
    }
    return callerRefreshJwt;
  }

  remember(accountId: string, replaced: string, session: BlueskySession): void {
    const previous = this.entries.get(accountId);
    const chain =
      previous && (previous.session.accessJwt === replaced || previous.replaced.has(replaced))
        ? new Set([...previous.replaced, previous.session.accessJwt])
        : new Set<string>();
    chain.add(replaced);
    this.entries.set(accountId, { replaced: chain, session });
  }

  forget(accountId: string): void {
    this.entries.delete(accountId);
  }
}
