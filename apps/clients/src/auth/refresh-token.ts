import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_BYTES = 32;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL_SECRET = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedRefreshToken {
  /** What the client keeps: `<session id>.<secret>`. */
  token: string;
  /** What the database keeps: SHA-256 of the secret. */
  secretHash: Buffer;
}

export interface ParsedRefreshToken {
  sessionId: string;
  secret: string;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function issueRefreshToken(sessionId: string): IssuedRefreshToken {
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { token: `${sessionId}.${secret}`, secretHash: hashSecret(secret) };
}

/** Null for anything that is not a well-formed refresh token. */
export function parseRefreshToken(token: string): ParsedRefreshToken | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const sessionId = token.slice(0, dot).toLowerCase();
  const secret = token.slice(dot + 1);
  if (!UUID.test(sessionId) || !BASE64URL_SECRET.test(secret)) return null;
  return { sessionId, secret };
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}

/** The part of a stored session the refresh decision depends on. */
export interface SessionState {
  secretHash: Buffer;
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

export enum RefreshVerdict {
  /** The token is current: rotate it. */
  Rotate = 'rotate',
  /** The secret does not match: someone is guessing; change nothing. */
  Invalid = 'invalid',
  /** An already rotated token came back: the family is compromised and must be revoked. */
  Reused = 'reused',
  Revoked = 'revoked',
  Expired = 'expired',
}

export function judgeRefresh(session: SessionState, secret: string, now: Date): RefreshVerdict {
  if (!secretMatches(secret, session.secretHash)) return RefreshVerdict.Invalid;
  if (session.revokedAt) return RefreshVerdict.Revoked;
  if (session.rotatedAt) return RefreshVerdict.Reused;
  if (session.expiresAt.getTime() <= now.getTime()) return RefreshVerdict.Expired;
  return RefreshVerdict.Rotate;
}
