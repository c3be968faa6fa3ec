/** Every action the audit log records. */
export enum AuditAction {
  SignedUp = 'auth.signed_up',
  SignedIn = 'auth.signed_in',
  SignInFailed = 'auth.sign_in_failed',
  RefreshReuseDetected = 'auth.refresh_reuse_detected',
  PasswordChanged = 'user.password_changed',
  AgencyUpdated = 'agency.updated',
  MemberRoleChanged = 'member.role_changed',
  MemberBrandsAssigned = 'member.brands_assigned',
  MemberRemoved = 'member.removed',
  InvitationCreated = 'invitation.created',
  InvitationResent = 'invitation.resent',
  InvitationRevoked = 'invitation.revoked',
  InvitationAccepted = 'invitation.accepted',
  BrandCreated = 'brand.created',
  BrandUpdated = 'brand.updated',
  BrandArchived = 'brand.archived',
  BrandRestored = 'brand.restored',
  AccountConnected = 'account.connected',
  AccountReconnected = 'account.reconnected',
  AccountDisconnected = 'account.disconnected',
  AccountNeedsReconnection = 'account.needs_reconnection',
  /** Publishing stored the tokens a refresh obtained. */
  AccountCredentialsRefreshed = 'account.credentials_refreshed',
  ConnectLinkCreated = 'connect_link.created',
  ConnectLinkRevoked = 'connect_link.revoked',
}

export type AuditTargetType =
  'agency' | 'user' | 'membership' | 'invitation' | 'brand' | 'social_account' | 'session' | 'connect_link';
