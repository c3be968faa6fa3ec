import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `<random id>.<signature>`, both base64url: 16 random bytes, then HMAC-SHA256 of the id. */
const TOKEN_PATTERN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export interface IssuedToken {
  token: string;
  /** What is stored: the SHA-256 of the whole token. */
  hash: Buffer;
}

function sign(secret: string, id: string): Buffer {
  return createHmac('sha256', secret).update(`review-link:${id}`, 'utf8').digest();
}

export function hashReviewLinkToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A new link token: a random id signed with the service's secret. */
export function issueReviewLinkToken(secret: string): IssuedToken {
  const id = randomBytes(16).toString('base64url');
  const token = `${id}.${sign(secret, id).toString('base64url')}`;
  return { token, hash: hashReviewLinkToken(token) };
}

/**
 * The hash to look the link up by, or null when the token is not one this service signed (malformed or
 * forged): a forged token is refused before any database lookup, in constant time.
 */
export function verifyReviewLinkToken(secret: string, token: string): Buffer | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const given = Buffer.from(match[2], 'base64url');
  const expected = sign(secret, match[1]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return hashReviewLinkToken(token);
}

export function reviewLinkUrl(consoleUrl: string, token: string): string {
  return `${consoleUrl}/review/${token}`;
}
