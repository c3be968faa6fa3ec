import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  can,
  canManageMember,
  invitableRoles,
  isBrandRole,
  needsBrandAssignment,
  ROLES,
} from './permissions';

describe('permissions', () => {
  it('hides the team and the audit log from client brand users', () => {
    for (const role of ['BRAND_APPROVER', 'BRAND_VIEWER'] as const) {
      expect(can(role, 'team.view')).toBe(false);
      expect(can(role, 'audit.view')).toBe(false);
      expect(can(role, 'brands.manage')).toBe(false);
      expect(can(role, 'accounts.manage')).toBe(false);
    }
  });

  it('keeps the audit log and team management to owners and admins', () => {
    expect(ROLES.filter((role) => can(role, 'audit.view'))).toEqual(['OWNER', 'ADMIN']);
    expect(ROLES.filter((role) => can(role, 'team.manage'))).toEqual(['OWNER', 'ADMIN']);
  });

  it('lets account managers run brands but not analysts', () => {
    expect(can('ACCOUNT_MANAGER', 'brands.manage')).toBe(true);
    expect(can('ANALYST', 'brands.manage')).toBe(false);
    expect(can('ANALYST', 'team.view')).toBe(true);
  });

  it('lets only the agency’s writers write posts, as the content service does', () => {
    expect(ROLES.filter((role) => can(role, 'posts.write'))).toEqual([
      'OWNER',
      'ADMIN',
      'ACCOUNT_MANAGER',
      'COMMUNITY_MANAGER',
    ]);
  });

  it('lets brand viewers read comments but not write them', () => {
    expect(ROLES.filter((role) => !can(role, 'comments.write'))).toEqual(['BRAND_VIEWER']);
  });

  it('lets account managers invite client users only', () => {
    expect(invitableRoles('ACCOUNT_MANAGER')).toEqual(['BRAND_APPROVER', 'BRAND_VIEWER']);
    expect(invitableRoles('ADMIN')).not.toContain('OWNER');
    expect(invitableRoles('OWNER')).toEqual(ROLES);
    expect(invitableRoles('ANALYST')).toEqual([]);
  });

  it('never lets an admin change an owner', () => {
    expect(canManageMember('ADMIN', 'OWNER')).toBe(false);
    expect(canManageMember('ADMIN', 'COMMUNITY_MANAGER')).toBe(true);
    expect(canManageMember('OWNER', 'OWNER')).toBe(true);
    expect(canManageMember('ACCOUNT_MANAGER', 'BRAND_VIEWER')).toBe(false);
    expect(assignableRoles('ADMIN')).not.toContain('OWNER');
  });

  it('knows which roles are bound to brands', () => {
    expect(ROLES.filter(isBrandRole)).toEqual(['BRAND_APPROVER', 'BRAND_VIEWER']);
    expect(ROLES.filter(needsBrandAssignment)).toEqual([
      'COMMUNITY_MANAGER',
      'BRAND_APPROVER',
      'BRAND_VIEWER',
    ]);
  });
});
