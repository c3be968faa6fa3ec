import { AuthResult } from '@relais/contracts';
import { IssuedAccessToken } from './access-token.service';
import { AuthPayloadModel } from './auth-payload.model';

/** The clients service's `AuthResult` plus a freshly signed access token for its claims. */
export function toAuthPayload(result: AuthResult, access: IssuedAccessToken): AuthPayloadModel {
  const agency = result.agencies.find((candidate) => candidate.id === result.claims.agencyId);
  if (!agency) {
    throw new Error(`Sign-in result for agency ${result.claims.agencyId} does not list that agency`);
  }
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: result.refreshToken,
    refreshTokenExpiresAt: result.refreshExpiresAt,
    user: result.user,
    agency,
    role: result.claims.role,
    brandIds: result.claims.brandIds,
    agencies: result.agencies,
  };
}
