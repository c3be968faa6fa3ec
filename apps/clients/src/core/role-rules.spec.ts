import { Role } from '@relais/contracts';
import { brandIdsProblem, can, canInviteAs, canManageMember, Permission } from './role-rules';

const {
  Owner,
  Admin,
  AccountManager: AM,
  CommunityManager: CM,
  Analyst,
  BrandApprover: BA,
  BrandViewer: BV,
} = Role;
const ROLES = [Owner, Admin, AM, CM, Analyst, BA, BV];

describe('can', () => {
  // One row per permission: the roles that have it, in ROLES order.
  const table: [Permission, Role[]][] = [
    [Permission.ReadBrands, [Owner, Admin, AM, CM, Analyst, BA, BV]],
    [Permission.ManageBrands, [Owner, Admin, AM]],
    [Permission.ReadTeam, [Owner, Admin, AM, CM, Analyst]],
    [Permission.ManageTeam, [Owner, Admin]],
    [Permission.InviteMembers, [Owner, Admin, AM]],
    [Permission.ReadAccounts, [Owner, Admin, AM, CM, Analyst, BA, BV]],
    [Permission.ManageAccounts, [Owner, Admin, AM, CM]],
    [Permission.ReadAudit, [Owner, Admin]],
    [Permission.UpdateAgency, [Owner, Admin]],
  ];

  it('covers every permission', () => {
    expect(table.map(([permission]) => permission).sort()).toEqual(Object.values(Permission).sort());
  });

  it.each(table)('%s is granted to exactly %p', (permission, granted) => {
    expect(ROLES.filter((role) => can(role, permission))).toEqual(granted);
  });
});

describe('canInviteAs', () => {
  const table: [Role, Role[]][] = [
    [Owner, [Owner, Admin, AM, CM, Analyst, BA, BV]],
    [Admin, [Admin, AM, CM, Analyst, BA, BV]],
    [AM, [BA, BV]],
    [CM, []],
    [Analyst, []],
    [BA, []],
    [BV, []],
  ];
  it.each(table)('%s may invite %p', (actor, invitable) => {
    expect(ROLES.filter((role) => canInviteAs(actor, role))).toEqual(invitable);
  });
});

describe('canManageMember', () => {
  it.each<[Role, Role, Role, boolean]>([
    [Owner, Owner, Admin, true],
    [Owner, Admin, Owner, true],
    [Admin, AM, CM, true],
    [Admin, Admin, Analyst, true],
    [Admin, AM, Owner, false],
    [Admin, Owner, Admin, false],
    [Admin, Owner, Owner, false],
    [AM, BV, BA, false],
    [CM, Analyst, BV, false],
    [Analyst, BV, BV, false],
    [BA, BV, BV, false],
  ])('%s changing a %s into %s: %p', (actor, current, next, allowed) => {
    expect(canManageMember(actor, current, next)).toBe(allowed);
  });

  it('lets an admin remove non-owners only', () => {
    expect(canManageMember(Admin, CM)).toBe(true);
    expect(canManageMember(Admin, Owner)).toBe(false);
    expect(canManageMember(Owner, Owner)).toBe(true);
  });
});

describe('brandIdsProblem', () => {
  const brand = '9d7f3c1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f';
  const other = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

  it.each<[Role, string[], boolean]>([
    [BA, [brand], true],
    [BV, [brand], true],
    [BA, [], false],
    [BV, [brand, other], false],
    [CM, [], true],
    [CM, [brand, other], true],
    [Owner, [], true],
    [Admin, [brand], false],
    [Analyst, [brand], false],
  ])('%s with %p brands is acceptable: %p', (role, brandIds, ok) => {
    const problem = brandIdsProblem(role, brandIds);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem.field).toBe('brandIds');
  });
});
