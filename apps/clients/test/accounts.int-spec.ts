import { randomUUID } from 'node:crypto';
import {
  AccountStatus,
  AuthResult,
  BrandView,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  Network,
  Page,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure, system } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { credentialsOf, newAccount } from './support/accounts';
import { createBrand, join, signUp } from './support/fixtures';

describe('clients social accounts', () => {
  let h: ClientsHarness;
  let owner: AuthResult;
  let brand: BrandView;

  /** A Mastodon account of the brand never connected before. */
  const connectInput = (overrides: Record<string, unknown> = {}) =>
    newAccount({
      brandId: brand.id,
      network: Network.Mastodon,
      displayName: 'Maison Verdure',
      instanceUrl: 'http://127.0.0.1:4010/',
      ...overrides,
    });
  const connect = (actor: AuthResult, input: Record<string, unknown>) =>
    h.call<SocialAccountView>(ClientsSubjects.account.connect, as(actor), input);

  beforeAll(async () => {
    h = await startClients();
    owner = await signUp(h, { agencyName: 'Accounts Agency' });
    brand = await createBrand(h, owner, 'Maison Verdure');
  });
  afterAll(() => h.close());

  it('connects an account, stores its tokens encrypted and never returns them', async () => {
    const input = connectInput({
      credentials: { accessToken: 'tok_live_VERDURE_123', expiresAt: '2027-01-01T00:00:00Z' },
    });
    const account = await connect(owner, input);
    expect(account).toMatchObject({
      brandId: brand.id,
      network: Network.Mastodon,
      handle: input.handle,
      instanceUrl: 'http://127.0.0.1:4010',
      status: AccountStatus.Connected,
      tokenExpiresAt: '2027-01-01T00:00:00.000Z',
    });
    expect(JSON.stringify(account)).not.toContain('tok_live_VERDURE_123');

    const [row] = await h.sql<{
      ciphertext: Buffer;
      iv: Buffer;
      tag: Buffer;
      key_id: string;
      everything: string;
    }>(
      `SELECT c.credentials_ciphertext AS ciphertext, c.credentials_iv AS iv, c.credentials_tag AS tag,
              c.credentials_key_id AS key_id, s::text || c::text AS everything
         FROM clients.social_accounts s JOIN clients.account_connections c ON c.id = s.connection_id
        WHERE s.id = $1`,
      [account.id],
    );
    expect(row.key_id).toBe('k1');
    expect(row.iv).toHaveLength(12);
    expect(row.tag).toHaveLength(16);
    expect(row.ciphertext.includes(Buffer.from('tok_live_VERDURE_123'))).toBe(false);
    expect(row.everything).not.toContain('tok_live_VERDURE_123');
    expect(row.everything).not.toContain(Buffer.from('tok_live_VERDURE_123').toString('hex'));
  });

  it('hands the credentials to Relais services only', async () => {
    const input = connectInput();
    const account = await connect(owner, input);
    const refused = await failure(h.call(ClientsSubjects.account.credentials, as(owner), { id: account.id }));
    expect(refused).toEqual({ code: ErrorCode.Forbidden, message: 'Only Relais services may do this' });

    const credentials = await credentialsOf(h, owner.claims.agencyId, account.id);
    expect(credentials).toEqual({
      accountId: account.id,
      agencyId: owner.claims.agencyId,
      brandId: brand.id,
      network: Network.Mastodon,
      externalId: input.externalId,
      instanceUrl: 'http://127.0.0.1:4010',
      accessToken: input.credentials.accessToken,
      refreshToken: input.credentials.refreshToken,
      expiresAt: null,
      status: AccountStatus.Connected,
      statusReason: null,
    });
    const otherAgency = await signUp(h, { agencyName: 'Not The Owner' });
    expect((await failure(credentialsOf(h, otherAgency.claims.agencyId, account.id))).code).toBe(
      ErrorCode.NotFound,
    );
  });

  it('flags an account for reconnection, then reconnects it with new credentials', async () => {
    const account = await connect(owner, connectInput());
    const userTry = await failure(
      h.call(ClientsSubjects.account.markNeedsReconnection, as(owner), { id: account.id, reason: 'expired' }),
    );
    expect(userTry.code).toBe(ErrorCode.Forbidden);

    const flagged = await h.call<SocialAccountView>(
      ClientsSubjects.account.markNeedsReconnection,
      system(owner.claims.agencyId),
      { id: account.id, reason: 'The token was revoked on the network' },
    );
    expect(flagged).toMatchObject({
      status: AccountStatus.NeedsReconnection,
      statusReason: 'The token was revoked on the network',
    });

    const reconnected = await h.call<SocialAccountView>(ClientsSubjects.account.reconnect, as(owner), {
      id: account.id,
      credentials: { accessToken: 'the-new-token' },
    });
    expect(reconnected).toMatchObject({ status: AccountStatus.Connected, statusReason: null });
    const credentials = await credentialsOf(h, owner.claims.agencyId, account.id);
    expect(credentials).toMatchObject({ accessToken: 'the-new-token', refreshToken: null });

    const audit = await h.sql<{ action: string; actor_user_id: string | null }>(
      `SELECT action, actor_user_id FROM clients.audit_log WHERE target_id = $1 ORDER BY created_at`,
      [account.id],
    );
    expect(audit).toEqual([
      { action: 'account.connected', actor_user_id: owner.user.id },
      { action: 'account.needs_reconnection', actor_user_id: null },
      { action: 'account.reconnected', actor_user_id: owner.user.id },
    ]);
    const events = await h.sql<{ subject: string }>(
      `SELECT subject FROM clients.outbox WHERE payload->'data'->>'accountId' = $1 ORDER BY created_at`,
      [account.id],
    );
    expect(events.map((e) => e.subject)).toEqual([
      ClientsEvents.accountConnected,
      ClientsEvents.accountReconnectionRequired,
      ClientsEvents.accountReconnected,
    ]);
  });

  it('disconnects an account and erases its credentials', async () => {
    const account = await connect(owner, connectInput());
    const disconnected = await h.call<SocialAccountView>(ClientsSubjects.account.disconnect, as(owner), {
      id: account.id,
    });
    expect(disconnected.status).toBe(AccountStatus.Disconnected);
    const [row] = await h.sql<{ connections: number }>(
      `SELECT count(*)::int AS connections FROM clients.account_connections
        WHERE agency_id = $1 AND external_id = $2`,
      [owner.claims.agencyId, account.externalId],
    );
    expect(row.connections).toBe(0);
    const list = await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(owner), {
      brandId: brand.id,
    });
    expect(list.items.map((a) => a.id)).not.toContain(account.id);
    expect((await failure(credentialsOf(h, owner.claims.agencyId, account.id))).code).toBe(
      ErrorCode.Conflict,
    );
  });

  it('refuses missing instance URLs and unknown networks', async () => {
    const mastodon = await failure(connect(owner, connectInput({ instanceUrl: undefined })));
    expect(mastodon.fields?.[0]?.field).toBe('instanceUrl');
    const badNetwork = await failure(connect(owner, connectInput({ network: 'myspace' })));
    expect(badNetwork.fields?.[0]?.field).toBe('network');
  });

  it('returns the first account when a connect is repeated with the same idempotency key', async () => {
    const input = connectInput({ idempotencyKey: `connect-${randomUUID()}` });
    const first = await connect(owner, input);
    const again = await connect(owner, input);
    expect(again).toEqual(first);
  });

  it('lists a brand’s live accounts by network then handle', async () => {
    const agency = await signUp(h, { agencyName: 'Sorted Accounts' });
    const sorted = await createBrand(h, agency, 'Sorted');
    for (const [network, handle] of [
      [Network.Mastodon, '@zeta'],
      [Network.Bluesky, 'beta.bsky.social'],
      [Network.Mastodon, '@alpha'],
      [Network.Bluesky, 'alpha.bsky.social'],
    ] as const) {
      await connect(agency, {
        brandId: sorted.id,
        network,
        handle,
        externalId: randomUUID(),
        instanceUrl: 'http://127.0.0.1:4010',
        credentials: { accessToken: 'x' },
      });
    }
    const page = await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(agency), {
      first: 3,
    });
    expect(page.items.map((a) => `${a.network} ${a.handle}`)).toEqual([
      'bluesky alpha.bsky.social',
      'bluesky beta.bsky.social',
      'mastodon @alpha',
    ]);
    expect(page).toMatchObject({ hasNextPage: true, totalCount: 4 });
    const next = await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(agency), {
      first: 3,
      after: page.cursors[2],
    });
    expect(next.items.map((a) => a.handle)).toEqual(['@zeta']);
  });

  it('lists the accounts of several brands at once, page by page', async () => {
    const agency = await signUp(h, { agencyName: 'Several Brands' });
    const [one, two, three] = [
      await createBrand(h, agency, 'One'),
      await createBrand(h, agency, 'Two'),
      await createBrand(h, agency, 'Three'),
    ];
    const connected: SocialAccountView[] = [];
    for (const [brandId, handle] of [
      [one.id, 'one-a'],
      [two.id, 'two-a'],
      [three.id, 'three-a'],
      [one.id, 'one-b'],
    ] as const) {
      connected.push(
        await connect(agency, {
          brandId,
          network: Network.Bluesky,
          handle,
          externalId: randomUUID(),
          credentials: { accessToken: 'x' },
        }),
      );
    }
    const list = (data: Record<string, unknown>) =>
      h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(agency), data);

    const firstPage = await list({ brandIds: [one.id, two.id], first: 2 });
    expect(firstPage.items.map((a) => a.handle)).toEqual(['one-a', 'one-b']);
    expect(firstPage).toMatchObject({ hasNextPage: true, totalCount: 3 });
    const rest = await list({ brandIds: [one.id, two.id], first: 2, after: firstPage.cursors[1] });
    expect(rest.items.map((a) => a.handle)).toEqual(['two-a']);
    expect(rest.hasNextPage).toBe(false);
    expect((await list({ brandIds: [three.id] })).items.map((a) => a.id)).toEqual([connected[2].id]);
    expect(await list({ brandIds: [] })).toMatchObject({ items: [], totalCount: 0 });
  });

  it('refuses a brand list that is too long, repeats a brand or holds something else than ids', async () => {
    const fieldsOf = async (brandIds: unknown) => {
      const error = await failure(h.call(ClientsSubjects.account.list, as(owner), { brandIds }));
      return { code: error.code, fields: error.fields?.map((field) => field.field) };
    };
    const refused = { code: ErrorCode.BadUserInput, fields: ['brandIds'] };
    expect(await fieldsOf(Array.from({ length: 101 }, () => randomUUID()))).toEqual(refused);
    expect(await fieldsOf([brand.id, brand.id])).toEqual(refused);
    expect(await fieldsOf([brand.id, 'not-an-id'])).toEqual(refused);
    expect(await fieldsOf(brand.id)).toEqual(refused);
    const hundred = [brand.id, ...Array.from({ length: 99 }, () => randomUUID())];
    const page = await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(owner), {
      brandIds: hundred,
    });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(new Set(page.items.map((a) => a.brandId))).toEqual(new Set([brand.id]));
  });

  it('lets community managers manage their brands’ accounts but not analysts', async () => {
    const cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id] });
    const analyst = await join(h, owner, { role: Role.Analyst });
    await expect(connect(cm, connectInput())).resolves.toMatchObject({ status: AccountStatus.Connected });
    expect(await failure(connect(analyst, connectInput()))).toEqual({
      code: ErrorCode.Forbidden,
      message: 'Your role cannot connect or disconnect accounts',
    });
    const seen = await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(analyst), {
      brandId: brand.id,
    });
    expect(seen.totalCount).toBeGreaterThan(0);
  });
});
