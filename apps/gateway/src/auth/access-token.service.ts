import { JsonWebTokenError, JwtService, TokenExpiredError } from '@nestjs/jwt';
import { MembershipClaims, Role } from '@relais/contracts';
import { unauthenticated } from '@relais/server-errors';

export const ACCESS_TOKEN_ISSUER = 'relais-gateway';
export const ACCESS_TOKEN_AUDIENCE = 'relais';
export const ACCESS_TOKEN_TYPE = 'access';
/** How far the clocks of the gateway replicas may disagree about a token's expiry. */
export const ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS = 5;

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** A verified access token: whom it speaks for, of which session, since when. */
export interface VerifiedAccessToken {
  claims: MembershipClaims;
  /** The session (refresh-token family) it was issued for: revoking the session refuses it. */
  sessionId: string;
  /** When it was issued, in seconds since the epoch. */
  issuedAt: number;
}

/** The claims of an access token as signed: `sub`, `agency`, `role`, `brands`, `sid`, `typ`. */
interface AccessTokenPayload {
  sub: string;
  agency: string;
  role: Role;
  brands: string[] | null;
  sid: string;
  typ: typeof ACCESS_TOKEN_TYPE;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLES: readonly string[] = Object.values(Role);

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function isAccessPayload(
  value: Record<string, unknown>,
): value is Record<string, unknown> & AccessTokenPayload & { iat: number } {
  const brands = value['brands'];
  return (
    value['typ'] === ACCESS_TOKEN_TYPE &&
    isUuid(value['sub']) &&
    isUuid(value['agency']) &&
    isUuid(value['sid']) &&
    typeof value['iat'] === 'number' &&
    typeof value['role'] === 'string' &&
    ROLES.includes(value['role']) &&
    (brands === null || (Array.isArray(brands) && brands.every(isUuid)))
  );
}

/**
 * Signs and verifies the gateway's access tokens (HS256). Verification checks signature, issuer,
 * audience, expiry, the token type and the claims' shape, and answers UNAUTHENTICATED for anything
 * wrong; whether its session was revoked meanwhile is the auth guard's question.
 */
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.jwt = new JwtService({ secret });
  }

  issue(claims: MembershipClaims, sessionId: string): IssuedAccessToken {
    const issuedAt = Math.floor(this.now() / 1000);
    const payload: AccessTokenPayload & { iat: number } = {
      sub: claims.userId,
      agency: claims.agencyId,
      role: claims.role,
      brands: claims.brandIds,
      sid: sessionId,
      typ: ACCESS_TOKEN_TYPE,
      iat: issuedAt,
    };
    const token = this.jwt.sign(payload, {
      algorithm: 'HS256',
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      expiresIn: this.ttlSeconds,
    });
    return { token, expiresAt: new Date((issuedAt + this.ttlSeconds) * 1000) };
  }

  verify(token: string): VerifiedAccessToken {
    let payload: Record<string, unknown>;
    try {
      payload = this.jwt.verify<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        clockTimestamp: Math.floor(this.now() / 1000),
        clockTolerance: ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS,
      });
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw unauthenticated('The access token has expired: refresh the session');
      }
      if (error instanceof JsonWebTokenError) throw unauthenticated('The access token is not valid');
      throw error;
    }
    if (!isAccessPayload(payload)) throw unauthenticated('The access token is not valid');
    return {
      claims: {
        userId: payload.sub,
        agencyId: payload.agency,
        role: payload.role,
        brandIds: payload.brands,
      },
      sessionId: payload.sid,
      issuedAt: payload.iat,
    };
  }
}
