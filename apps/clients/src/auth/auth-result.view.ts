import { AuthResult, MembershipClaims } from '@relais/contracts';
import { agencySummaries } from '../memberships/member.view';
import { UserMembership } from '../memberships/membership.repository';
import { UserEntity } from '../users/user.entity';
import { toUserView } from '../users/user.view';

export interface OpenedSession {
  /** The session (refresh-token family), the same across rotations. */
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

/** What every successful sign-up, sign-in, refresh and invitation acceptance answers. */
export function toAuthResult(
  user: UserEntity,
  memberships: readonly UserMembership[],
  claims: MembershipClaims,
  session: OpenedSession,
): AuthResult {
  return {
    user: toUserView(user),
    claims,
    sessionId: session.sessionId,
    agencies: agencySummaries(memberships),
    refreshToken: session.refreshToken,
    refreshExpiresAt: session.expiresAt.toISOString(),
  };
}
