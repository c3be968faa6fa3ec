import { createHash } from 'node:crypto';

/** RFC 7636: a verifier is 43 to 128 characters of `[A-Za-z0-9-._~]`. */
export function isCodeVerifier(verifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
}

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))), without padding. */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** The verifier's S256 equals the challenge sent to the authorization endpoint. */
export function verifierMatches(challenge: string, verifier: string): boolean {
  return isCodeVerifier(verifier) && s256Challenge(verifier) === challenge;
}
