import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Network } from '@relais/contracts';

/** What a sandbox token says about itself. Tokens are HS256 JWTs, so nothing about them is stored. */
export interface TokenClaims {
  network: Network;
  /** The account's external id (Mastodon/X user id, Bluesky DID, Facebook page id, LinkedIn URN). */
  accountId: string;
  use: 'access' | 'refresh';
  /** Unix milliseconds. */
  issuedAt: number;
  /** Unix milliseconds. */
  expiresAt: number;
  /** Unique per token (rotated refresh tokens are told apart by it). */
  id: string;
  /** Scopes granted on a consent page; absent for tokens `POST /control/accounts` issues. */
  scopes?: string[];
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | {
      ok: false;
      reason: 'malformed' | 'bad_signature' | 'wrong_network' | 'wrong_use' | 'expired';
      claims?: TokenClaims;
    };

interface JwtPayload {
  sub: string;
  net: Network;
  use: 'access' | 'refresh';
  iat: number;
  exp: number;
  jti: string;
  /** Issue instant with millisecond precision (`iat` has whole seconds only). */
  ims: number;
  /** Expiry with millisecond precision. */
  ems: number;
  /** Granted scopes, space-separated. */
  scp?: string;
}

const VERIFIED_CACHE_SIZE = 50_000;
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * Signs and checks the sandbox's access and refresh tokens with HMAC-SHA256 (`SANDBOX_SECRET`).
 * They carry the network, the account and the expiry, so they keep working across a restart.
 */
export class TokenSigner {
  private readonly key: Buffer;
  private readonly verified = new Map<string, TokenClaims>();

  constructor(secret: string) {
    this.key = Buffer.from(secret, 'utf8');
  }

  sign(claims: Omit<TokenClaims, 'id'> & { id?: string }): string {
    const payload: JwtPayload = {
      sub: claims.accountId,
      net: claims.network,
      use: claims.use,
      iat: Math.floor(claims.issuedAt / 1000),
      exp: Math.floor(claims.expiresAt / 1000),
      jti: claims.id ?? randomBytes(9).toString('base64url'),
      ims: claims.issuedAt,
      ems: claims.expiresAt,
      ...(claims.scopes ? { scp: claims.scopes.join(' ') } : {}),
    };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${body}.${this.mac(body)}`;
  }

  /** Checks signature, network, use and expiry (at `now`, unix ms). */
  verify(token: string, network: Network, use: TokenClaims['use'], now = Date.now()): TokenCheck {
    const claims = this.verified.get(token) ?? this.verifySignature(token);
    if (!('network' in claims)) return claims;
    if (claims.network !== network) return { ok: false, reason: 'wrong_network', claims };
    if (claims.use !== use) return { ok: false, reason: 'wrong_use', claims };
    if (claims.expiresAt <= now) return { ok: false, reason: 'expired', claims };
    return { ok: true, claims };
  }

  /** The claims of a well-signed token (remembered: the hot path checks the same tokens again and again). */
  private verifySignature(token: string): TokenClaims | Extract<TokenCheck, { ok: false }> {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const [header, body, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(`${header}.${body}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: 'bad_signature' };
    }
    const claims = claimsOf(body);
    if (!claims) return { ok: false, reason: 'malformed' };
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.clear();
    this.verified.set(token, claims);
    return claims;
  }

  private mac(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

function claimsOf(body: string): TokenClaims | null {
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<JwtPayload>;
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.net !== 'string' ||
      typeof payload.jti !== 'string'
    ) {
      return null;
    }
    if (payload.use !== 'access' && payload.use !== 'refresh') return null;
    return {
      network: payload.net,
      accountId: payload.sub,
      use: payload.use,
      issuedAt: typeof payload.ims === 'number' ? payload.ims : Number(payload.iat) * 1000,
      expiresAt: typeof payload.ems === 'number' ? payload.ems : Number(payload.exp) * 1000,
      id: payload.jti,
      ...(typeof payload.scp === 'string' ? { scopes: payload.scp.split(' ').filter(Boolean) } : {}),
    };
  } catch {
    return null;
  }
}
