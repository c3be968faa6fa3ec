import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@relais/contracts';

export interface AccessTokenClaims {
  userId: string;
  agencyId: string;
  role: Role;
  brandIds: string[] | null;
  /** The session the token belongs to (default: a new one, never revoked). */
  sessionId?: string;
}

/** An access token exactly as the gateway signs it (HS256, `sub`, `agency`, `role`, `brands`, `sid`, `typ`). */
export function mintAccessToken(
  claims: AccessTokenClaims,
  secret: string,
  expiresIn: number | `${number}${'s' | 'm' | 'h' | 'd'}` = '15m',
): Promise<string> {
  return new JwtService({ secret }).signAsync(
    {
      sub: claims.userId,
      agency: claims.agencyId,
      role: claims.role,
      brands: claims.brandIds,
      sid: claims.sessionId ?? randomUUID(),
      typ: 'access',
    },
    { algorithm: 'HS256', issuer: 'relais-gateway', audience: 'relais', expiresIn },
  );
}
