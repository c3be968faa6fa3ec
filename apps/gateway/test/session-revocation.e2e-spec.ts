import { freePort, spawnService, SpawnedService, waitFor } from '@relais/server-testing';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { GraphqlClient } from './support/graphql-client';
import { addMember, AUTH_FIELDS, AuthPayload, Session, signIn, signUp } from './support/seed';

const ME = '{ me { user { id } } }';
const REFRESH = `mutation Refresh($token: String!) { refreshSession(input: { refreshToken: $token }) { ${AUTH_FIELDS} } }`;
const SIGN_OUT = 'mutation SignOut($token: String!) { signOut(input: { refreshToken: $token }) }';
const MEMBERS = '{ members(first: 100) { edges { node { id email } } } }';
/** How soon every replica must refuse the access tokens of a revoked session. */
const WITHIN_MS = 5000;
/** A platform and a second gateway start slowly on a busy machine. */
const START_MS = 240_000;

let e2e: E2ePlatform;
const replicas: SpawnedService[] = [];

/** Another gateway replica on the same platform (same NATS prefix, secret and services). */
async function startReplica(): Promise<GraphqlClient> {
  const port = await freePort();
  const replica = await spawnService({
    name: `gateway-${replicas.length + 2}`,
    entry: 'apps/gateway/src/main.ts',
    env: { ...e2e.platform.env, HTTP_PORT: String(port) },
    healthUrl: `http://127.0.0.1:${port}/health/ready`,
    timeoutMs: START_MS / 2,
  });
  replicas.push(replica);
  return new GraphqlClient(`http://127.0.0.1:${port}`);
}

async function answers(api: GraphqlClient, token: string): Promise<string> {
  const response = await api.request(ME, undefined, { token });
  return response.errors[0]?.extensions.code ?? 'OK';
}

/** Waits until every gateway refuses the token, and says how long that took. */
async function refusedEverywhere(gateways: GraphqlClient[], token: string): Promise<number> {
  const started = Date.now();
  await waitFor(
    async () =>
      (await Promise.all(gateways.map((api) => answers(api, token)))).every(
        (code) => code === 'UNAUTHENTICATED',
      ),
    { timeoutMs: WITHIN_MS, intervalMs: 100, description: 'every gateway to refuse the access token' },
  );
  return Date.now() - started;
}

let second: GraphqlClient;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  second = await startReplica();
}, START_MS);

afterAll(async () => {
  for (const replica of replicas) await replica.stop();
  await e2e?.stop();
});

describe('a revoked session’s access tokens', () => {
  it('stop working on every replica within seconds once a refresh token is reused', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Stolen Token Agency' });
    const { refreshSession } = await second.data<{ refreshSession: AuthPayload }>(REFRESH, {
      token: owner.auth.refreshToken,
    });
    const gateways = [e2e.api, second];
    for (const token of [owner.auth.accessToken, refreshSession.accessToken]) {
      expect(await Promise.all(gateways.map((api) => answers(api, token)))).toEqual(['OK', 'OK']);
    }

    const reuse = await e2e.api.error(REFRESH, { token: owner.auth.refreshToken });
    expect(reuse.extensions.code).toBe('UNAUTHENTICATED');

    expect(await refusedEverywhere(gateways, refreshSession.accessToken)).toBeLessThan(WITHIN_MS);
    expect(await refusedEverywhere(gateways, owner.auth.accessToken)).toBeLessThan(WITHIN_MS);
    const error = await second.error(ME, undefined, { token: refreshSession.accessToken });
    expect(error.message).toBe('This session has ended: sign in again');

    const again = await signIn(e2e.api, owner.email);
    expect(await Promise.all(gateways.map((api) => answers(api, again.auth.accessToken)))).toEqual([
      'OK',
      'OK',
    ]);
  });

  it('stop working on every replica after signing out, and no other session does', async () => {
    const owner = await signUp(e2e.api, { agencyName: 'Sign Out Agency' });
    const elsewhere = await signIn(e2e.api, owner.email);
    expect(await second.data(SIGN_OUT, { token: owner.auth.refreshToken })).toEqual({ signOut: true });
    await refusedEverywhere([e2e.api, second], owner.auth.accessToken);
    expect(await answers(second, elsewhere.auth.accessToken)).toBe('OK');
    expect(await answers(e2e.api, elsewhere.auth.accessToken)).toBe('OK');
  });

  it('stop working on every replica when the member is removed from the agency', async () => {
    const owner: Session = await signUp(e2e.api, { agencyName: 'Removal Agency' });
    const leaving = await addMember(e2e.api, owner, { label: 'leaving', role: 'ANALYST' });
    expect(await answers(second, leaving.auth.accessToken)).toBe('OK');
    const { members } = await owner.api.data(MEMBERS);
    const membership = members.edges
      .map((edge: { node: { id: string; email: string } }) => edge.node)
      .find((node: { email: string }) => node.email === leaving.email);
    await owner.api.data('mutation R($id: ID!) { removeMember(id: $id) }', { id: membership.id });
    await refusedEverywhere([e2e.api, second], leaving.auth.accessToken);
    expect(await answers(second, owner.auth.accessToken)).toBe('OK');
  });

  it(
    'are refused by a replica started after the revocation',
    async () => {
      const owner = await signUp(e2e.api, { agencyName: 'Late Replica Agency' });
      await e2e.api.data(SIGN_OUT, { token: owner.auth.refreshToken });
      await refusedEverywhere([e2e.api], owner.auth.accessToken);
      const late = await startReplica();
      expect(await answers(late, owner.auth.accessToken)).toBe('UNAUTHENTICATED');
    },
    START_MS,
  );
});
