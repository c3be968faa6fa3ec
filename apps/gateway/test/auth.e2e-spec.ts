import { Role } from '@relais/contracts';
import { mintAccessToken } from '@relais/server-testing';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import {
  acceptInvitation,
  AUTH_FIELDS,
  AuthPayload,
  invite,
  PASSWORD,
  signIn,
  signUp,
  uniqueEmail,
} from './support/seed';

const ME =
  '{ me { role brandIds user { id email name locale } agency { id name slug } agencies { id name role } } }';
const REFRESH = `mutation Refresh($token: String!) { refreshSession(input: { refreshToken: $token }) { ${AUTH_FIELDS} } }`;
const SWITCH = `mutation Switch($token: String!, $agencyId: ID!) {
  switchAgency(input: { refreshToken: $token, agencyId: $agencyId }) { ${AUTH_FIELDS} } }`;
const SIGN_OUT = 'mutation SignOut($token: String!) { signOut(input: { refreshToken: $token }) }';

let e2e: E2ePlatform;

beforeAll(async () => {
  e2e = await startE2ePlatform({ serviceEnv: { clients: { SIGNIN_MAX_ATTEMPTS: '3' } } });
});

afterAll(async () => {
  await e2e?.stop();
});

describe('sign-up', () => {
  it('creates the agency and its owner, who can then ask who they are', async () => {
    const email = uniqueEmail('founder');
    const owner = await signUp(e2e.api, { agencyName: 'Atelier Lumière', name: 'Camille Martin', email });
    expect(owner.auth).toMatchObject({
      role: 'OWNER',
      brandIds: null,
      user: { email, name: 'Camille Martin', locale: 'FR' },
    });
    expect(owner.auth.agencies).toEqual([{ id: owner.agencyId, name: 'Atelier Lumière', role: 'OWNER' }]);
    const expiresIn = Date.parse(owner.auth.accessTokenExpiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);

    const { me } = await owner.api.data(ME);
    expect(me).toEqual({
      role: 'OWNER',
      brandIds: null,
      user: { id: owner.userId, email, name: 'Camille Martin', locale: 'FR' },
      agency: {
        id: owner.agencyId,
        name: 'Atelier Lumière',
        slug: expect.stringMatching(/^atelier-lumiere/),
      },
      agencies: [{ id: owner.agencyId, name: 'Atelier Lumière', role: 'OWNER' }],
    });
  });

  it('refuses a second account with the same e-mail', async () => {
    const email = uniqueEmail('twice');
    await signUp(e2e.api, { agencyName: 'First Agency', email });
    const error = await e2e.api.error(
      'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: { agencyName: 'Second', name: 'X', email, password: 'long-enough-pass', locale: 'EN' },
      },
    );
    expect(error.extensions.code).toBe('CONFLICT');
  });
});

describe('access tokens', () => {
  it('are required for everything but the public operations', async () => {
    const error = await e2e.api.error(ME);
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.path).toEqual(['me']);
  });

  it('are refused when expired, forged or malformed', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Token Checks' });
    const claims = { userId: owner.userId, agencyId: owner.agencyId, role: Role.Owner, brandIds: null };
    const secret = e2e.platform.env['JWT_SECRET'];
    const expired = await mintAccessToken(claims, secret, -60);
    const forged = await mintAccessToken(claims, 'not-the-gateway-secret-but-long-enough-123');
    for (const token of [expired, forged, 'garbage']) {
      const error = await e2e.api.error(ME, undefined, { token });
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
    }
    const valid = await mintAccessToken(claims, secret);
    expect((await e2e.api.data(ME, undefined, { token: valid })).me.user.id).toBe(owner.userId);
  });

  it('echo the caller’s correlation id, or give one', async () => {
    const mine = await e2e.api.request('{ __typename }', undefined, {
      headers: { 'x-correlation-id': 'trace-42' },
    });
    expect(mine.headers['x-correlation-id']).toBe('trace-42');
    const given = await e2e.api.request('{ __typename }');
    expect(given.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('sign-in and sessions', () => {
  it('signs in with the password and refuses a wrong one', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Sign In Co' });
    const session = await signIn(e2e.api, owner.email);
    expect(session.userId).toBe(owner.userId);
    expect(session.agencyId).toBe(owner.agencyId);
    const error = await e2e.api.error(
      'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email: owner.email, password: 'wrong-password-123' } },
    );
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rate limits repeated failures for one e-mail, telling when to retry', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Rate Limited' });
    const attempt = (password: string) =>
      e2e.api.request('mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
        input: { email: owner.email, password },
      });
    for (let i = 0; i < 3; i += 1) {
      expect((await attempt('wrong-password-123')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const limited = await attempt(PASSWORD);
    expect(limited.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(limited.errors[0].extensions.retryAfter).toBeGreaterThan(0);
    expect(limited.data).toBeNull();
  });

  it('rotates the refresh token on every use', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Rotation' });
    const first = await e2e.api.data<{ refreshSession: AuthPayload }>(REFRESH, {
      token: owner.auth.refreshToken,
    });
    expect(first.refreshSession.refreshToken).not.toBe(owner.auth.refreshToken);
    expect(first.refreshSession.user.id).toBe(owner.userId);
    const second = await e2e.api.data<{ refreshSession: AuthPayload }>(REFRESH, {
      token: first.refreshSession.refreshToken,
    });
    const { me } = await e2e.api.data(ME, undefined, { token: second.refreshSession.accessToken });
    expect(me.user.id).toBe(owner.userId);
  });

  it('ends the whole session when a used refresh token comes back', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Reuse Detection' });
    const rotated = await e2e.api.data<{ refreshSession: AuthPayload }>(REFRESH, {
      token: owner.auth.refreshToken,
    });
    const reuse = await e2e.api.error(REFRESH, { token: owner.auth.refreshToken });
    expect(reuse.extensions.code).toBe('UNAUTHENTICATED');
    const newest = await e2e.api.error(REFRESH, { token: rotated.refreshSession.refreshToken });
    expect(newest.extensions.code).toBe('UNAUTHENTICATED');

    const fresh = await signIn(e2e.api, owner.email);
    const { auditLog } = await fresh.api.data(
      '{ auditLog(first: 20) { edges { node { action actorUserId } } } }',
    );
    const actions = auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action);
    expect(actions.some((action: string) => /reuse/i.test(action))).toBe(true);
  });

  it('signs out: the refresh token stops working', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Sign Out' });
    expect(await e2e.api.data(SIGN_OUT, { token: owner.auth.refreshToken })).toEqual({ signOut: true });
    const error = await e2e.api.error(REFRESH, { token: owner.auth.refreshToken });
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('a user in two agencies', () => {
  it('switches agency with new tokens scoped to the other agency', async () => {
    const email = uniqueEmail('freelance');
    const home = await signUp(e2e.api, { agencyName: 'Home Agency', email });
    const other = await signUp(e2e.api, { agencyName: 'Other Agency' });
    const { token } = await invite(other, { email, role: 'ADMIN' });
    const preview = await e2e.api.data(
      'query Preview($token: String!) { invitationPreview(token: $token) { agencyName email role userExists } }',
      { token },
    );
    expect(preview.invitationPreview).toEqual({
      agencyName: 'Other Agency',
      email,
      role: 'ADMIN',
      userExists: true,
    });
    const joined = await acceptInvitation(e2e.api, token, {});
    expect(joined.agencyId).toBe(other.agencyId);
    expect(joined.userId).toBe(home.userId);

    const session = await signIn(e2e.api, email, { agencyId: home.agencyId });
    expect(session.auth.agencies.map((agency) => agency.name).sort()).toEqual([
      'Home Agency',
      'Other Agency',
    ]);
    expect(session.auth.role).toBe('OWNER');

    const switched = await session.api.data<{ switchAgency: AuthPayload }>(SWITCH, {
      token: session.auth.refreshToken,
      agencyId: other.agencyId,
    });
    expect(switched.switchAgency.agency).toEqual({ id: other.agencyId, name: 'Other Agency', role: 'ADMIN' });
    expect(switched.switchAgency.role).toBe('ADMIN');
    const { me } = await e2e.api.data(ME, undefined, { token: switched.switchAgency.accessToken });
    expect(me.agency.id).toBe(other.agencyId);
    expect(me.role).toBe('ADMIN');
  });

  it('cannot switch into an agency they do not belong to', async () => {
    const stranger = await signUp(e2e.api, { agencyName: 'Stranger Agency' });
    const target = await signUp(e2e.api, { agencyName: 'Target Agency' });
    const error = await stranger.api.error(SWITCH, {
      token: stranger.auth.refreshToken,
      agencyId: target.agencyId,
    });
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Agency not found');
    const { me } = await stranger.api.data(ME);
    expect(me.agency.id).toBe(stranger.agencyId);
    const { refreshSession } = await e2e.api.data<{ refreshSession: AuthPayload }>(REFRESH, {
      token: stranger.auth.refreshToken,
    });
    expect(refreshSession.agency.id).toBe(stranger.agencyId);
  });
});
