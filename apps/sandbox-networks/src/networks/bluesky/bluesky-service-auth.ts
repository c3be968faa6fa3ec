import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a service auth token says: who asks (`iss`), for which service (`aud`) and method (`lxm`). */
export interface ServiceAuthClaims {
  iss: string;
  aud: string;
  lxm: string | null;
  /** Unix seconds. */
  exp: number;
}

/** A PDS signs service tokens for at most an hour ahead (`BadExpiration` beyond). */
export const SERVICE_AUTH_MAX_SECONDS = 3600;
/** Without `exp`, a token lasts a minute. */
export const SERVICE_AUTH_DEFAULT_SECONDS = 60;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * The inter-service tokens of `com.atproto.server.getServiceAuth`: signed for the account by its PDS
 * and checked by the service they name (here the emulated video service). A real PDS signs them with
 * the account's signing key; the sandbox signs them with a key of its own process, since they live
 * an hour at most.
 */
export class ServiceAuth {
  private readonly key = randomBytes(32);

  sign(claims: ServiceAuthClaims, now = Date.now()): string {
    const payload = { ...claims, iat: Math.floor(now / 1000), jti: randomBytes(12).toString('hex') };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a token this PDS signed that has not expired, or why not. */
  verify(token: string | null, now = Date.now()): ServiceAuthClaims | 'missing' | 'invalid' | 'expired' {
    if (!token) return 'missing';
    const [header, body, signature] = token.split('.');
    if (!header || !body || !signature) return 'invalid';
    const expected = Buffer.from(this.mac(`${header}.${body}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    let claims: Partial<ServiceAuthClaims>;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<ServiceAuthClaims>;
    } catch {
      return 'invalid';
    }
    if (typeof claims.iss !== 'string' || typeof claims.aud !== 'string' || typeof claims.exp !== 'number')
      return 'invalid';
    if (claims.exp * 1000 <= now) return 'expired';
    return { iss: claims.iss, aud: claims.aud, lxm: claims.lxm ?? null, exp: claims.exp };
  }

  private mac(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

/** `did:web` of a host (a port's colon percent-encoded, as the method requires). */
export function didWebOf(baseUrl: string): string {
  return `did:web:${new URL(baseUrl).host.replace(/:/g, '%3A')}`;
}
