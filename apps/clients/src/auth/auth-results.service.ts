import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthResult, MembershipClaims } from '@relais/contracts';
import { MembershipClaimsService } from '../memberships/membership-claims.service';
import { UserEntity } from '../users/user.entity';
import { toUserView } from '../users/user.view';

export interface OpenedSession {
  /** The session (refresh-token family), the same across rotations. */
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

/** What every successful sign-up, sign-in, refresh and invitation acceptance answers. */
@Injectable()
export class AuthResults {
  constructor(private readonly memberships: MembershipClaimsService) {}

  async build(manager: EntityManager, claims: MembershipClaims, session: OpenedSession): Promise<AuthResult> {
    const user = await manager.findOneByOrFail(UserEntity, { id: claims.userId });
    const memberships = await this.memberships.membershipsOf(manager, claims.userId);
    return {
      user: toUserView(user),
      claims,
      sessionId: session.sessionId,
      agencies: this.memberships.summaries(memberships),
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.expiresAt.toISOString(),
    };
  }
}
