import { ErrorCode, Role } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import { tenantPolicyExpression } from './rls.migration-helpers';
import { quoteTable } from './sql-identifiers';
import { brandIdsSetting, tenantScope } from './tenant-scope';

const agencyId = '6c1f2b0e-7d9a-4f3e-8b2c-1a0d9e8f7a6b';

describe('tenantScope', () => {
  it('takes agency, user and brand scope from the envelope', () => {
    const scope = tenantScope({
      agencyId,
      userId: 'u1',
      role: Role.CommunityManager,
      brandIds: ['b1'],
      correlationId: 'c',
    });
    expect(scope).toEqual({ agencyId, userId: 'u1', brandIds: ['b1'] });
    expect(Object.isFrozen(scope)).toBe(true);
  });

  it('refuses an envelope without an agency', () => {
    const attempt = () =>
      tenantScope({ agencyId: null, userId: 'u1', role: null, brandIds: null, correlationId: 'c' });
    expect(attempt).toThrow(DomainException);
    expect(attempt).toThrow(expect.objectContaining({ code: ErrorCode.Unauthenticated }));
  });

  it('encodes the brand scope for app.brand_ids', () => {
    expect(brandIdsSetting(null)).toBe('*');
    expect(brandIdsSetting(['b1', 'b2'])).toBe('b1,b2');
    expect(brandIdsSetting([])).toBe('');
  });
});

describe('tenantPolicyExpression', () => {
  it('limits rows to the current agency', () => {
    expect(tenantPolicyExpression()).toBe(
      "agency_id = nullif(current_setting('app.agency_id', true), '')::uuid",
    );
  });

  it('adds the brand scope and the acting user when asked', () => {
    expect(tenantPolicyExpression({ brandColumn: 'brand_id', userColumn: 'user_id' })).toBe(
      "((agency_id = nullif(current_setting('app.agency_id', true), '')::uuid AND " +
        "(current_setting('app.brand_ids', true) = '*' OR \"brand_id\" = ANY(string_to_array(" +
        "nullif(nullif(current_setting('app.brand_ids', true), ''), '*'), ',')::uuid[]))) OR " +
        "\"user_id\" = nullif(current_setting('app.user_id', true), '')::uuid)",
    );
  });

  it('refuses identifiers that would need escaping', () => {
    expect(() => tenantPolicyExpression({ brandColumn: 'brand_id; drop table x' })).toThrow(
      'Not a valid SQL identifier',
    );
    expect(() => quoteTable('brands')).toThrow('Expected schema.table');
    expect(quoteTable('clients.brands')).toBe('"clients"."brands"');
  });
});
