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
