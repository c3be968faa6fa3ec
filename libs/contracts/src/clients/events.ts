import { Network } from '../networks';
import { Role } from '../roles';

export interface AgencyCreatedEvent {
  agencyId: string;
  name: string;
}
export interface BrandChangedEvent {
  brandId: string;
  name: string;
  timezone: string;
  archived: boolean;
}
export interface AccountChangedEvent {
  accountId: string;
  brandId: string;
  network: Network;
  /** The account's id on its network (a Facebook page id, a DID...); absent from events of older releases. */
  externalId?: string;
  status: string;
  reason?: string | null;
  /** When the access token expires (publishing schedules its refresh); null: it does not. */
  tokenExpiresAt?: string | null;
}
export interface MemberChangedEvent {
  membershipId: string;
  userId: string;
  role: Role;
  brandIds: string[];
}
export interface MemberInvitedEvent {
  invitationId: string;
  email: string;
  role: Role;
  brandIds: string[];
}

/** Why sessions ended. */
export enum SessionEndReason {
  SignedOut = 'signed_out',
  /** An already rotated refresh token came back: the whole session is ended for safety. */
  RefreshTokenReused = 'refresh_token_reused',
  MemberRemoved = 'member_removed',
}

/**
 * A session (a refresh-token family: its id stays the same across rotations) ended at `revokedAt`:
 * the access tokens of that session issued until then must be refused.
 */
export interface RevokedSession {
  sessionId: string;
  /** ISO instant, to the microsecond. */
  revokedAt: string;
}

export interface SessionsRevokedEvent {
  sessions: RevokedSession[];
  reason: SessionEndReason;
}
