import { AGENCY_ROLES, FieldError, isBrandRole, Role } from '@relais/contracts';

/** What a role may do, independent of which object it acts on. */
export enum Permission {
  ReadBrands = 'read_brands',
  ManageBrands = 'manage_brands',
  ReadTeam = 'read_team',
  ManageTeam = 'manage_team',
  InviteMembers = 'invite_members',
  ReadAccounts = 'read_accounts',
  ManageAccounts = 'manage_accounts',
  ReadAudit = 'read_audit',
  UpdateAgency = 'update_agency',
}

const ALL_ROLES = Object.values(Role);
const AGENCY_MANAGERS: readonly Role[] = [Role.Owner, Role.Admin];

const GRANTS: Record<Permission, readonly Role[]> = {
  [Permission.ReadBrands]: ALL_ROLES,
  [Permission.ManageBrands]: [Role.Owner, Role.Admin, Role.AccountManager],
  [Permission.ReadTeam]: AGENCY_ROLES,
  [Permission.ManageTeam]: AGENCY_MANAGERS,
  [Permission.InviteMembers]: [Role.Owner, Role.Admin, Role.AccountManager],
  [Permission.ReadAccounts]: ALL_ROLES,
  [Permission.ManageAccounts]: [Role.Owner, Role.Admin, Role.AccountManager, Role.CommunityManager],
  [Permission.ReadAudit]: AGENCY_MANAGERS,
  [Permission.UpdateAgency]: AGENCY_MANAGERS,
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[permission].includes(role);
}

/**
 * Whether `actor` may invite someone as `role` (and revoke or resend such an invitation). Owners invite
 * anyone; admins anyone but owners; account managers only brand users.
 */
export function canInviteAs(actor: Role, role: Role): boolean {
  switch (actor) {
    case Role.Owner:
      return true;
    case Role.Admin:
      return role !== Role.Owner;
    case Role.AccountManager:
      return isBrandRole(role);
    case Role.CommunityManager:
    case Role.Analyst:
    case Role.BrandApprover:
    case Role.BrandViewer:
      return false;
  }
}

/**
 * Whether `actor` may change, assign or remove a member whose role is `current`, optionally giving them
 * `next`. Only owners and admins manage members, and an admin never touches or grants the owner role.
 */
export function canManageMember(actor: Role, current: Role, next: Role = current): boolean {
  if (actor === Role.Owner) return true;
  if (actor === Role.Admin) return current !== Role.Owner && next !== Role.Owner;
  return false;
}

export enum BrandScope {
  /** Brand users: exactly one brand. */
  One = 'one',
  /** Community managers: any number of assigned brands. */
  Assigned = 'assigned',
  /** Every other agency role sees every brand; no brand list allowed. */
  None = 'none',
}

export function brandScopeOf(role: Role): BrandScope {
  if (isBrandRole(role)) return BrandScope.One;
  if (role === Role.CommunityManager) return BrandScope.Assigned;
  return BrandScope.None;
}

/** The input error for a role's brand list, or null when the list fits the role. */
export function brandIdsProblem(
  role: Role,
  brandIds: readonly string[],
  field = 'brandIds',
): FieldError | null {
  switch (brandScopeOf(role)) {
    case BrandScope.One:
      return brandIds.length === 1 ? null : { field, message: 'a brand role needs exactly one brand' };
    case BrandScope.Assigned:
      return null;
    case BrandScope.None:
      return brandIds.length === 0
        ? null
        : { field, message: `the ${role} role sees every brand; give no brands` };
  }
}
