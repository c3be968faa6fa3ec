import { Role } from '@relais/contracts';
import { envelopeFor } from './envelope';
import { clientIp } from './client-ip';

describe('envelopeFor', () => {
  it('carries the verified claims and the correlation id', () => {
    const brandIds = ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'];
    const envelope = envelopeFor(
      { userId: 'u-1', agencyId: 'a-1', role: Role.BrandViewer, brandIds },
      'corr-1',
    );
    expect(envelope).toEqual({
      agencyId: 'a-1',
      userId: 'u-1',
      role: Role.BrandViewer,
      brandIds,
      correlationId: 'corr-1',
    });
    expect(envelope.brandIds).not.toBe(brandIds);
  });

  it('keeps null as every brand of the agency', () => {
    expect(
      envelopeFor({ userId: 'u', agencyId: 'a', role: Role.Admin, brandIds: null }, 'c').brandIds,
    ).toBeNull();
  });

  it('names nobody without a token', () => {
    expect(envelopeFor(null, 'corr-2')).toEqual({
      agencyId: null,
      userId: null,
      role: null,
      brandIds: null,
      correlationId: 'corr-2',
    });
  });
});

describe('clientIp', () => {
  it('unwraps IPv4-mapped addresses and keeps IPv6', () => {
    expect(clientIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientIp('2001:db8::1')).toBe('2001:db8::1');
    expect(clientIp('203.0.113.7')).toBe('203.0.113.7');
  });

  it('drops what is not an address', () => {
    expect(clientIp(undefined)).toBeUndefined();
    expect(clientIp('unknown')).toBeUndefined();
  });
});
