import type { Role } from '@relais/web-graphql';

/**
 * What the console lets a role try. The API decides; this only hides what would be refused, so each
 * entry mirrors the service's own rule.
 */
export type Permission =
  | 'brands.manage'
  | 'posts.write'
  | 'comments.write'
  | 'accounts.manage'
  | 'team.view'
  | 'team.manage'
  | 'team.invite'
  | 'audit.view'
  | 'approval.manage'
  | 'approval.sendToClient';

const AGENCY_STAFF: readonly Role[] = ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER', 'ANALYST'];

const ALLOWED: Record<Permission, readonly Role[]> = {
  'brands.manage': ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
  // Posts, campaigns, labels, media, feeds and ideas, publication retries: the content service's writers.
  'posts.write': ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'],
  // Brand viewers read the conversation; everyone else takes part.
  'comments.write': [...AGENCY_STAFF, 'BRAND_APPROVER'],
  'accounts.manage': ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'],
  'team.view': AGENCY_STAFF,
  'team.manage': ['OWNER', 'ADMIN'],
  'team.invite': ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
  'audit.view': ['OWNER', 'ADMIN'],
  'approval.manage': ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
  'approval.sendToClient': ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
};

export function can(role: Role, permission: Permission): boolean {
  return ALLOWED[permission].includes(role);
}

/** Brand approvers and viewers belong to one client brand, not to the agency's staff. */
export function isBrandRole(role: Role): boolean {
  return role === 'BRAND_APPROVER' || role === 'BRAND_VIEWER';
}

/** Roles whose members see a list of brands rather than every brand of the agency. */
export function needsBrandAssignment(role: Role): boolean {
  return isBrandRole(role) || role === 'COMMUNITY_MANAGER';
}

/** Every role, in the order the console lists them. */
export const ROLES: readonly Role[] = [...AGENCY_STAFF, 'BRAND_APPROVER', 'BRAND_VIEWER'];

/** Roles `actor` may invite someone as: owners any, admins any but owner, account managers brand users. */
export function invitableRoles(actor: Role): Role[] {
  switch (actor) {
    case 'OWNER':
      return [...ROLES];
    case 'ADMIN':
      return ROLES.filter((role) => role !== 'OWNER');
    case 'ACCOUNT_MANAGER':
      return ROLES.filter(isBrandRole);
    case 'COMMUNITY_MANAGER':
    case 'ANALYST':
    case 'BRAND_APPROVER':
    case 'BRAND_VIEWER':
      return [];
  }
}

/** Whether `actor` may change or remove a member who is `memberRole` (admins never touch owners). */
export function canManageMember(actor: Role, memberRole: Role): boolean {
  if (actor === 'OWNER') return true;
  return actor === 'ADMIN' && memberRole !== 'OWNER';
}

/** Roles `actor` may give an existing member. */
export function assignableRoles(actor: Role): Role[] {
  return actor === 'OWNER' ? [...ROLES] : ROLES.filter((role) => role !== 'OWNER');
}
