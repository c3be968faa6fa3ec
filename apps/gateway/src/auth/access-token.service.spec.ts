import { JwtService } from '@nestjs/jwt';
import { ErrorCode, MembershipClaims, Role } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import { AccessTokenService } from './access-token.service';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const claims: MembershipClaims = {
  userId: '6f1c2b1e-8a1d-4c59-9d1e-0b6a4c7f2a10',
  agencyId: '0d3b8f5e-2c4a-4b8e-a1f2-7c9d6e5b4a30',
  role: Role.CommunityManager,
  brandIds: ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
};

const SESSION_ID = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98';

function rejection(run: () => unknown): DomainException {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

function signed(
  payload: Record<string, unknown>,
  options: { audience?: string; issuer?: string; secret?: string } = {},
) {
  return new JwtService({ secret: options.secret ?? SECRET }).sign(payload, {
    algorithm: 'HS256',
    audience: options.audience ?? 'relais',
    issuer: options.issuer ?? 'relais-gateway',
    expiresIn: 900,
  });
}

const valid = {
  sub: claims.userId,
  agency: claims.agencyId,
  role: claims.role,
  brands: claims.brandIds,
  sid: SESSION_ID,
  typ: 'access',
};

describe('AccessTokenService', () => {
  it('issues a token that verifies back to the same claims and session, expiring after the TTL', () => {
    const now = Date.UTC(2025, 2, 1, 9, 30);
    const service = new AccessTokenService(SECRET, 900, () => now);
    const issued = service.issue(claims, SESSION_ID);
    expect(issued.expiresAt.toISOString()).toBe('2025-03-01T09:45:00.000Z');
    expect(service.verify(issued.token)).toEqual({ claims, sessionId: SESSION_ID, issuedAt: now / 1000 });
    const decoded = new JwtService({}).decode<Record<string, unknown>>(issued.token);
    expect(decoded).toMatchObject({ ...valid, iss: 'relais-gateway', aud: 'relais', exp: now / 1000 + 900 });
  });

  it('keeps a null brand scope (every brand)', () => {
    const service = new AccessTokenService(SECRET, 900);
    const owner = { ...claims, role: Role.Owner, brandIds: null };
    expect(service.verify(service.issue(owner, SESSION_ID).token).claims).toEqual(owner);
  });

  it('refuses an expired token', () => {
    let now = Date.UTC(2025, 2, 1, 9, 30);
    const service = new AccessTokenService(SECRET, 900, () => now);
    const { token } = service.issue(claims, SESSION_ID);
    now += 899_000;
    expect(service.verify(token).claims).toEqual(claims);
    now += 7_000;
    const error = rejection(() => service.verify(token));
    expect(error.code).toBe(ErrorCode.Unauthenticated);
    expect(error.message).toBe('The access token has expired: refresh the session');
  });

  it.each([
    ['a wrong audience', signed(valid, { audience: 'someone-else' })],
    ['a wrong issuer', signed(valid, { issuer: 'relais-clients' })],
    ['another secret', signed(valid, { secret: 'another-secret-that-is-long-enough-01234567' })],
    ['a refresh-type token', signed({ ...valid, typ: 'refresh' })],
    ['no type', signed({ ...valid, typ: undefined })],
    ['an unknown role', signed({ ...valid, role: 'superuser' })],
    ['a malformed agency', signed({ ...valid, agency: 'agency-a' })],
    ['malformed brands', signed({ ...valid, brands: ['not-a-uuid'] })],
    ['no session', signed({ ...valid, sid: undefined })],
    ['a malformed session', signed({ ...valid, sid: 'session-1' })],
    ['garbage', 'not.a.jwt'],
  ])('refuses %s as UNAUTHENTICATED', (_, token) => {
    const error = rejection(() => new AccessTokenService(SECRET, 900).verify(token));
    expect(error.code).toBe(ErrorCode.Unauthenticated);
    expect(error.message).toBe('The access token is not valid');
  });

  it('refuses an unsigned token (alg none)', () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 600;
    const body = Buffer.from(
      JSON.stringify({ ...valid, iss: 'relais-gateway', aud: 'relais', exp }),
    ).toString('base64url');
    const error = rejection(() => new AccessTokenService(SECRET, 900).verify(`${header}.${body}.`));
    expect(error.code).toBe(ErrorCode.Unauthenticated);
  });
});
