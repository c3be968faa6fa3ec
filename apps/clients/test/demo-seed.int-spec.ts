import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  AccountStatus,
  AuthResult,
  ClientsSubjects,
  Envelope,
  InvitationPreviewView,
  Page,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { connectRequester, Platform, Requester, startPlatform } from '@relais/dev-platform';
import {
  anonymous,
  createTestDatabase,
  envelopeOf,
  TestDatabase,
  testSubjectPrefix,
} from '@relais/server-testing';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..', '..');
const OWNER = { email: 'owner@lumiere.test', password: 'relais-demo-2026' };

interface PrintedLogin {
  email: string;
  role: string;
  brand: string;
}

/** The whole platform (the seed goes through every service) on a fresh database. */
interface DemoHarness {
  env: Record<string, string>;
  platform: Platform;
  call<T>(subject: string, envelope: Envelope, data?: unknown): Promise<T>;
  sql<T = Record<string, unknown>>(text: string): Promise<T[]>;
  close(): Promise<void>;
}

async function startDemoPlatform(): Promise<DemoHarness> {
  const database: TestDatabase = await createTestDatabase();
  const platform = await startPlatform({ databaseUrl: database.appUrl, subjectPrefix: testSubjectPrefix() });
  const nats = await connectRequester(platform.env['NATS_URL'], platform.env['NATS_SUBJECT_PREFIX']);
  const request: Requester = nats.request;
  const db = new Client({ connectionString: database.superuserUrl });
  await db.connect();
  return {
    env: platform.env,
    platform,
    call: <T>(subject: string, envelope: Envelope, data: unknown = {}) => request<T>(subject, envelope, data),
    sql: async <T>(text: string) => (await db.query(text)).rows as T[],
    async close() {
      await db.end();
      await nats.close();
      await platform.stop();
      await database.drop();
    },
  };
}

/** `npm run seed` against this test's platform, as a separate process; returns what it printed. */
async function runSeed(
  h: DemoHarness,
): Promise<{ logins: PrintedLogin[]; password: string; invitationUrl: string }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', './tools/register.js', 'tools/seed.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, ...h.env },
      timeout: 60_000,
    },
  );
  const logins = [...stdout.matchAll(/^ {2}(\S+@\S+)\s+([a-z_]+)[ \t]*(.*)$/gm)].map(
    ([, email, role, brand]) => ({
      email: email,
      role: role,
      brand: brand.trim(),
    }),
  );
  return {
    logins,
    password: /password: (\S+)/.exec(stdout)?.[1] ?? '',
    invitationUrl: /Pending invitation for \S+: (\S+)/.exec(stdout)?.[1] ?? '',
  };
}

describe('the demo seed', () => {
  let h: DemoHarness;

  beforeAll(async () => {
    h = await startDemoPlatform();
  }, 240_000);
  afterAll(() => h?.close());

  const counts = async () =>
    (
      await h.sql<Record<string, number>>(`
        SELECT (SELECT count(*)::int FROM clients.agencies) AS agencies,
               (SELECT count(*)::int FROM clients.memberships) AS memberships,
               (SELECT count(*)::int FROM clients.brands) AS brands,
               (SELECT count(*)::int FROM clients.social_accounts) AS accounts,
               (SELECT count(*)::int FROM clients.invitations WHERE status = 'pending') AS pending`)
    )[0];
  const signIn = (email: string, password: string) =>
    h.call<AuthResult>(ClientsSubjects.auth.signIn, anonymous(), { email, password });

  it('builds the demo agency once however often it runs, and prints logins that work', async () => {
    const first = await runSeed(h);
    const after = await counts();
    expect(after).toEqual({ agencies: 1, memberships: 10, brands: 2, accounts: 4, pending: 1 });
    const second = await runSeed(h);
    expect(await counts()).toEqual(after);
    expect(second).toEqual(first);

    expect(first.password).toBe(OWNER.password);
    expect(first.logins[0]).toEqual({ email: OWNER.email, role: Role.Owner, brand: '' });
    expect(first.logins.map((l) => l.role).sort()).toEqual(
      [
        Role.Owner,
        Role.Admin,
        Role.AccountManager,
        Role.CommunityManager,
        Role.CommunityManager,
        Role.Analyst,
        Role.BrandApprover,
        Role.BrandViewer,
        Role.BrandApprover,
        Role.BrandViewer,
      ].sort(),
    );

    const brands = await h.sql<{ id: string; name: string; timezone: string; default_language: string }>(
      `SELECT id, name, timezone, default_language FROM clients.brands ORDER BY name`,
    );
    expect(brands.map((b) => [b.name, b.timezone, b.default_language])).toEqual([
      ['Brooklyn Roasters', 'America/New_York', 'en'],
      ['Maison Verdure', 'Europe/Paris', 'fr'],
    ]);
    const brandId = (name: string) => brands.find((b) => b.name === name)?.id;
    for (const login of first.logins) {
      const auth = await signIn(login.email, first.password);
      expect({ email: login.email, role: auth.claims.role, brandIds: auth.claims.brandIds }).toEqual({
        email: login.email,
        role: login.role,
        brandIds: login.brand ? [brandId(login.brand)] : null,
      });
    }
  }, 120_000);

  it('shows connected accounts, one waiting for a reconnection, and a pending invitation', async () => {
    const { invitationUrl } = await runSeed(h);
    const owner = await signIn(OWNER.email, OWNER.password);
    const accounts = await h.call<Page<SocialAccountView>>(
      ClientsSubjects.account.list,
      envelopeOf(owner.claims),
      {},
    );
    expect(accounts.items.map((a) => [a.network, a.handle, a.status, a.instanceUrl])).toEqual([
      // The platform's network emulators, which handed out the tokens.
      [
        'bluesky',
        'brooklynroasters.bsky.social',
        AccountStatus.NeedsReconnection,
        h.platform.sandbox.bluesky,
      ],
      ['bluesky', 'maisonverdure.bsky.social', AccountStatus.Connected, h.platform.sandbox.bluesky],
      ['mastodon', '@brooklynroasters', AccountStatus.Connected, h.platform.sandbox.mastodon],
      ['mastodon', '@maisonverdure', AccountStatus.Connected, h.platform.sandbox.mastodon],
    ]);
    const token = invitationUrl.slice(invitationUrl.lastIndexOf('/') + 1);
    const preview = await h.call<InvitationPreviewView>(ClientsSubjects.auth.invitationPreview, anonymous(), {
      token,
    });
    expect(preview).toMatchObject({
      agencyName: 'Agence Lumière',
      email: 'newcomer@lumiere.test',
      role: Role.CommunityManager,
      brandNames: ['Maison Verdure'],
      userExists: false,
    });
  });
});
