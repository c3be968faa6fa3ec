/** Roles a membership can carry. Agency roles see the agency's brands; brand roles see one brand. */
export enum Role {
  Owner = 'owner',
  Admin = 'admin',
  AccountManager = 'account_manager',
  CommunityManager = 'community_manager',
  Analyst = 'analyst',
  BrandApprover = 'brand_approver',
  BrandViewer = 'brand_viewer',
}

export const AGENCY_ROLES: readonly Role[] = [
  Role.Owner,
  Role.Admin,
  Role.AccountManager,
  Role.CommunityManager,
  Role.Analyst,
];
export const BRAND_ROLES: readonly Role[] = [Role.BrandApprover, Role.BrandViewer];

export function isBrandRole(role: Role): boolean {
  return BRAND_ROLES.includes(role);
}

/** Roles whose brand scope is a list of brands rather than the whole agency. */
export function isBrandScopedRole(role: Role): boolean {
  return isBrandRole(role) || role === Role.CommunityManager;
}
