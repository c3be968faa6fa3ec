import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A connect link's token: 32 random bytes, base64url. Only its hash is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a state or link token: what the tables keep and look up by. */
export function secretHash(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Whether `value` hashes to `stored`, compared in constant time. */
export function matchesHash(value: string, stored: Buffer): boolean {
  const hash = secretHash(value);
  return hash.length === stored.length && timingSafeEqual(hash, stored);
}

/** What the PKCE verifier and the candidates' tokens are sealed to (moved to another row, they no longer open). */
export function verifierBinding(attemptId: string): string {
  return `connection:${attemptId}:verifier`;
}

export function candidateBinding(attemptId: string, externalId: string): string {
  return `connection:${attemptId}:candidate:${externalId}`;
}

export function mastodonAppBinding(instanceUrl: string): string {
  return `mastodon-app:${instanceUrl}`;
}
