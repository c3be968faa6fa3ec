import { AccountStatus, Network } from '../networks';
import { Role } from '../roles';
import { Locale } from './locale';

/** Reply shapes of the clients service. Plain data: dates are ISO strings. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface AgencyView {
  id: string;
  name: string;
  slug: string;
  defaultLocale: Locale;
  createdAt: string;
}

export interface AgencySummary {
  id: string;
  name: string;
  role: Role;
}

/** What the gateway puts in an access token. brandIds null = every brand of the agency. */
export interface MembershipClaims {
  agencyId: string;
  userId: string;
  role: Role;
  brandIds: string[] | null;
}

export interface AuthResult {
  user: UserView;
  claims: MembershipClaims;
  /** The session (refresh-token family) the refresh token belongs to; access tokens carry it. */
  sessionId: string;
  agencies: AgencySummary[];
  refreshToken: string;
  refreshExpiresAt: string;
}

export interface MeView {
  user: UserView;
  agency: AgencyView;
  role: Role;
  brandIds: string[] | null;
  agencies: AgencySummary[];
}

export interface InvitationPreviewView {
  agencyName: string;
  email: string;
  role: Role;
  brandNames: string[];
  expiresAt: string;
  userExists: boolean;
}

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The brand of a brand user, or the brands a community manager is assigned to. */
  brandIds: string[];
  createdAt: string;
}

export enum InvitationStatus {
  Pending = 'pending',
  Accepted = 'accepted',
  Revoked = 'revoked',
  Expired = 'expired',
}

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  brandIds: string[];
  status: InvitationStatus;
  invitedByName: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface CreatedInvitationView {
  invitation: InvitationView;
  /** The link sent by e-mail, also shown once to the inviter. */
  acceptUrl: string;
}

export interface BrandGuidelinesView {
  toneNotes: string;
  requiredHashtags: string[];
  bannedWords: string[];
  /** Every picture needs a description (alt text) before a post can be scheduled. */
  requireAltText: boolean;
}

export interface BrandView {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  defaultLanguage: Locale;
  targetMarkets: string[];
  guidelines: BrandGuidelinesView;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SocialAccountView {
  id: string;
  brandId: string;
  network: Network;
  handle: string;
  externalId: string;
  displayName: string | null;
  instanceUrl: string | null;
  status: AccountStatus;
  statusReason: string | null;
  tokenExpiresAt: string | null;
  /** Another brand of the agency uses the same network account (on purpose): they share its credentials. */
  shared: boolean;
  connectedAt: string;
  updatedAt: string;
}

/** Only for the publishing service. */
export interface AccountCredentialsView {
  accountId: string;
  agencyId: string;
  brandId: string;
  network: Network;
  externalId: string;
  instanceUrl: string | null;
  accessToken: string;
  refreshToken: string | null;
  expiresAt: string | null;
  /** `needs_reconnection`: the tokens were refused; nothing should be sent until a person reconnects it. */
  status: AccountStatus;
  statusReason: string | null;
}

export interface AuditEntryView {
  id: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  createdAt: string;
}
