import { Client } from 'pg';
import { waitFor } from '@relais/server-testing';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { TestNatsServer } from './support/nats-server';
import { createBrand, Session, signUp } from './support/seed';

const BRANDS = '{ brands { totalCount edges { node { name } } } }';

let nats: TestNatsServer;
let e2e: E2ePlatform;
let owner: Session;

async function brandCount(): Promise<number> {
  const { brands } = await owner.api.data(BRANDS);
  return brands.totalCount as number;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await run();
  return { value, ms: Date.now() - started };
}

async function ready(url: string): Promise<number> {
  const response = await fetch(`${url}/health/ready`).catch(() => null);
  return response?.status ?? 0;
}

beforeAll(async () => {
  nats = await TestNatsServer.start();
  e2e = await startE2ePlatform({ natsUrl: nats.url });
  owner = await signUp(e2e.api, { agencyName: 'Resilient Agency' });
  await createBrand(owner, 'Steady Brand');
});

afterAll(async () => {
  await e2e?.stop();
  await nats?.stop();
});

describe('when the clients service is down', () => {
  it('answers SERVICE_UNAVAILABLE at once, and works again once it is back', async () => {
    const clients = e2e.platform.service('clients');
    await clients.stop();
    try {
      const { value: response, ms } = await timed(() => owner.api.request(BRANDS));
      expect(ms).toBeLessThan(2000);
      expect(response.data ?? null).toBeNull();
      expect(response.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      const signIn = await e2e.api.request(
        'mutation S($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email: owner.email, password: 'whatever-password' } },
      );
      expect(signIn.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      await clients.restart();
    }
    expect(await brandCount()).toBe(1);
  });
});

describe('when NATS restarts', () => {
  it('the gateway reports not ready, refuses quickly, and both services reconnect', async () => {
    expect(await ready(e2e.platform.gatewayUrl)).toBe(200);
    await nats.kill();
    await waitFor(async () => (await ready(e2e.platform.gatewayUrl)) === 503, {
      timeoutMs: 10_000,
      description: 'the gateway to report NATS down',
    });
    const { value: response, ms } = await timed(() => owner.api.request(BRANDS));
    expect(ms).toBeLessThan(2000);
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);

    await nats.start();
    await waitFor(async () => (await brandCount()) === 1, {
      timeoutMs: 30_000,
      intervalMs: 500,
      description: 'brands to be served again after NATS came back',
    });
    expect(await ready(e2e.platform.gatewayUrl)).toBe(200);
    await createBrand(owner, 'After Restart');
    expect(await brandCount()).toBe(2);
  });
});

describe('when Postgres drops the connections', () => {
  it('the clients service reconnects', async () => {
    const before = await brandCount();
    const admin = new Client({ connectionString: e2e.database.superuserUrl });
    await admin.connect();
    try {
      const killed = await admin.query<{ pid: number }>(
        `SELECT pg_terminate_backend(pid) AS terminated, pid FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await waitFor(async () => (await brandCount()) === before, {
      timeoutMs: 10_000,
      intervalMs: 250,
      description: 'brands to be served after the connections were killed',
    });
    await createBrand(owner, 'After Reconnect');
    expect(await brandCount()).toBe(before + 1);
  });
});
