import { isBrandRole, isBrandScopedRole, Role } from './roles';

describe('roles', () => {
  it('tells brand roles from agency roles', () => {
    expect(isBrandRole(Role.BrandApprover)).toBe(true);
    expect(isBrandRole(Role.BrandViewer)).toBe(true);
    expect(isBrandRole(Role.CommunityManager)).toBe(false);
    expect(isBrandRole(Role.Owner)).toBe(false);
  });

  it('scopes community managers and brand users to a list of brands', () => {
    expect(isBrandScopedRole(Role.CommunityManager)).toBe(true);
    expect(isBrandScopedRole(Role.BrandViewer)).toBe(true);
    expect(isBrandScopedRole(Role.AccountManager)).toBe(false);
    expect(isBrandScopedRole(Role.Analyst)).toBe(false);
  });
});
