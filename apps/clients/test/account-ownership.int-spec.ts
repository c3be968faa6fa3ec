import {
  AccountStatus,
  AuthResult,
  BrandView,
  ClientsEvents,
  ClientsSubjects,
  ErrorBody,
  ErrorCode,
  Network,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure, system } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { accountsOf, connectAccount, credentialsOf, newAccount } from './support/accounts';
import { createBrand, join, signUp } from './support/fixtures';

const ELSEWHERE =
  'This account is already connected to Relais by another organisation; disconnect it there first or contact support';

describe('clients: a network account belongs to one brand at a time', () => {
  let h: ClientsHarness;
  let ownerA: AuthResult;
  let ownerB: AuthResult;
  let verdure: BrandView;
  let brooklyn: BrandView;
  let other: BrandView;

  const disconnect = (actor: AuthResult, id: string) =>
    h.call<SocialAccountView>(ClientsSubjects.account.disconnect, as(actor), { id });

  beforeAll(async () => {
    h = await startClients();
    ownerA = await signUp(h, { agencyName: 'Agence Lumière' });
    ownerB = await signUp(h, { agencyName: 'Rival Agency' });
    verdure = await createBrand(h, ownerA, 'Maison Verdure');
    brooklyn = await createBrand(h, ownerA, 'Brooklyn Roasters');
    other = await createBrand(h, ownerB, 'Rival Brand');
  });
  afterAll(() => h.close());

  it('updates the account when it is connected again to the same brand, never adding a second one', async () => {
    const input = newAccount();
    const first = await connectAccount(h, ownerA, verdure.id, input);
    const fresh = { accessToken: 'fresh-access-token', expiresAt: '2030-01-01T00:00:00Z' };
    const again = await connectAccount(h, ownerA, verdure.id, {
      ...input,
      handle: '@renamed',
      credentials: fresh,
    });

    expect(again).toMatchObject({
      id: first.id,
      handle: '@renamed',
      status: AccountStatus.Connected,
      tokenExpiresAt: '2030-01-01T00:00:00.000Z',
      shared: false,
    });
    expect(
      (await accountsOf(h, ownerA, verdure.id)).filter((a) => a.externalId === input.externalId),
    ).toHaveLength(1);
    expect(await credentialsOf(h, ownerA.claims.agencyId, first.id)).toMatchObject({
      accessToken: 'fresh-access-token',
      refreshToken: null,
    });
  });

  it('reconnects a flagged account when it is connected again to its brand', async () => {
    const input = newAccount();
    const first = await connectAccount(h, ownerA, verdure.id, input);
    await h.call(ClientsSubjects.account.markNeedsReconnection, system(ownerA.claims.agencyId), {
      id: first.id,
      reason: 'The token was revoked',
    });
    const again = await connectAccount(h, ownerA, verdure.id, {
      ...input,
      credentials: { accessToken: 'renewed' },
    });
    expect(again).toMatchObject({ id: first.id, status: AccountStatus.Connected, statusReason: null });
  });

  it('refuses an account another brand of the agency has, naming that brand, even to whom cannot see it', async () => {
    const input = newAccount();
    await connectAccount(h, ownerA, verdure.id, input);
    const expected: ErrorBody = {
      code: ErrorCode.Conflict,
      message:
        'This account is already connected to the brand Maison Verdure; share it to use it with both brands',
      fields: [
        {
          field: 'externalId',
          message: 'is already connected to the brand Maison Verdure',
          constraint: 'connectedToOtherBrand',
          params: { brand: 'Maison Verdure' },
        },
      ],
    };
    expect(await failure(connectAccount(h, ownerA, brooklyn.id, input))).toEqual(expected);
    const cm = await join(h, ownerA, { role: Role.CommunityManager, brandIds: [brooklyn.id] });
    expect(await failure(connectAccount(h, cm, brooklyn.id, input))).toEqual(expected);
    expect((await accountsOf(h, ownerA, brooklyn.id)).map((a) => a.externalId)).not.toContain(
      input.externalId,
    );
  });

  it('shares an account between two brands on purpose, with one set of credentials', async () => {
    const input = newAccount({ credentials: { accessToken: 'first-token', refreshToken: 'first-refresh' } });
    const inVerdure = await connectAccount(h, ownerA, verdure.id, input);
    const cm = await join(h, ownerA, { role: Role.CommunityManager, brandIds: [brooklyn.id] });
    const inBrooklyn = await connectAccount(h, cm, brooklyn.id, {
      ...input,
      credentials: { accessToken: 'shared-token', refreshToken: 'shared-refresh' },
      share: true,
    });
    expect(inBrooklyn).toMatchObject({ brandId: brooklyn.id, shared: true, status: AccountStatus.Connected });
    expect(inBrooklyn.id).not.toBe(inVerdure.id);
    expect((await accountsOf(h, ownerA, verdure.id)).find((a) => a.id === inVerdure.id)).toMatchObject({
      shared: true,
    });
    expect((await accountsOf(h, cm, brooklyn.id)).find((a) => a.id === inBrooklyn.id)).toMatchObject({
      shared: true,
    });

    // One set of credentials: what one brand's account stores, the other's reads.
    for (const id of [inVerdure.id, inBrooklyn.id]) {
      expect(await credentialsOf(h, ownerA.claims.agencyId, id)).toMatchObject({
        accessToken: 'shared-token',
        refreshToken: 'shared-refresh',
      });
    }
    await h.call(ClientsSubjects.account.storeCredentials, system(ownerA.claims.agencyId), {
      id: inBrooklyn.id,
      credentials: { accessToken: 'refreshed-token', expiresAt: '2031-01-01T00:00:00Z' },
    });
    expect(await credentialsOf(h, ownerA.claims.agencyId, inVerdure.id)).toMatchObject({
      accessToken: 'refreshed-token',
      refreshToken: 'shared-refresh',
      expiresAt: '2031-01-01T00:00:00.000Z',
    });
    const [{ sets }] = await h.sql<{ sets: number }>(
      `SELECT count(DISTINCT connection_id)::int AS sets FROM clients.social_accounts WHERE id = ANY($1)`,
      [[inVerdure.id, inBrooklyn.id]],
    );
    expect(sets).toBe(1);

    // The network refusing the tokens concerns both brands.
    await h.call(ClientsSubjects.account.markNeedsReconnection, system(ownerA.claims.agencyId), {
      id: inVerdure.id,
      reason: 'The token was revoked',
    });
    expect((await accountsOf(h, cm, brooklyn.id)).find((a) => a.id === inBrooklyn.id)).toMatchObject({
      status: AccountStatus.NeedsReconnection,
      statusReason: 'The token was revoked',
    });
    await h.call(ClientsSubjects.account.reconnect, as(cm), {
      id: inBrooklyn.id,
      credentials: { accessToken: 'reconnected-token' },
    });
    expect((await accountsOf(h, ownerA, verdure.id)).find((a) => a.id === inVerdure.id)).toMatchObject({
      status: AccountStatus.Connected,
    });
    expect(await credentialsOf(h, ownerA.claims.agencyId, inVerdure.id)).toMatchObject({
      accessToken: 'reconnected-token',
    });

    // Disconnecting from one brand leaves the other connected, with the credentials.
    expect(await disconnect(cm, inBrooklyn.id)).toMatchObject({ status: AccountStatus.Disconnected });
    expect((await accountsOf(h, ownerA, verdure.id)).find((a) => a.id === inVerdure.id)).toMatchObject({
      status: AccountStatus.Connected,
      shared: false,
    });
    expect(await credentialsOf(h, ownerA.claims.agencyId, inVerdure.id)).toMatchObject({
      accessToken: 'reconnected-token',
    });
    const events = await h.sql<{ subject: string; account: string }>(
      `SELECT subject, payload->'data'->>'accountId' AS account FROM clients.outbox
        WHERE payload->'data'->>'accountId' = ANY($1) AND subject LIKE '%reconnection-required%'`,
      [[inVerdure.id, inBrooklyn.id]],
    );
    expect(events.map((e) => e.account).sort()).toEqual([inVerdure.id, inBrooklyn.id].sort());
  });

  it('refuses to share with a role that cannot manage accounts', async () => {
    const input = newAccount();
    await connectAccount(h, ownerA, verdure.id, input);
    const analyst = await join(h, ownerA, { role: Role.Analyst });
    expect((await failure(connectAccount(h, analyst, brooklyn.id, { ...input, share: true }))).code).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('refuses an account another agency holds, shared or not, and reveals nothing about that agency', async () => {
    const input = newAccount({ network: Network.Mastodon, instanceUrl: 'https://mastodon.example/' });
    const held = await connectAccount(h, ownerA, verdure.id, input);
    const expected: ErrorBody = {
      code: ErrorCode.Conflict,
      message: ELSEWHERE,
      fields: [{ field: 'externalId', message: ELSEWHERE, constraint: 'connectedElsewhere' }],
    };
    const refusals = [
      await failure(connectAccount(h, ownerB, other.id, input)),
      await failure(connectAccount(h, ownerB, other.id, { ...input, share: true })),
      await failure(
        connectAccount(h, ownerB, other.id, { ...input, instanceUrl: 'HTTPS://Mastodon.Example' }),
      ),
    ];
    for (const refused of refusals) {
      expect(refused).toEqual(expected);
      const text = JSON.stringify(refused);
      for (const secret of [
        held.id,
        verdure.id,
        ownerA.claims.agencyId,
        ownerA.user.id,
        'Maison Verdure',
        'Lumière',
      ]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(await accountsOf(h, ownerB, other.id)).toEqual([]);

    // The same id on another Mastodon server is another account.
    await expect(
      connectAccount(h, ownerB, other.id, { ...input, instanceUrl: 'https://another.example' }),
    ).resolves.toMatchObject({ status: AccountStatus.Connected });
  });

  it('lets exactly one of concurrent connects of the same account win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const input = newAccount();
      const attempts = await Promise.allSettled([
        connectAccount(h, ownerA, verdure.id, input),
        connectAccount(h, ownerB, other.id, input),
        connectAccount(h, ownerA, brooklyn.id, input),
      ]);
      const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
      expect({ round, won: won.length }).toEqual({ round, won: 1 });
      for (const attempt of attempts) {
        if (attempt.status === 'rejected') {
          expect((attempt.reason as { code?: string }).code).toBe(ErrorCode.Conflict);
        }
      }
      const [{ rows }] = await h.sql<{ rows: number }>(
        `SELECT count(*)::int AS rows FROM clients.social_accounts
          WHERE external_id = $1 AND disconnected_at IS NULL`,
        [input.externalId],
      );
      expect(rows).toBe(1);
    }
  });

  it('releases the account when its last brand disconnects it, so another agency may connect it', async () => {
    const input = newAccount();
    const first = await connectAccount(h, ownerA, verdure.id, input);
    const second = await connectAccount(h, ownerA, brooklyn.id, { ...input, share: true });

    await disconnect(ownerA, first.id);
    expect((await failure(connectAccount(h, ownerB, other.id, input))).message).toBe(ELSEWHERE);
    await disconnect(ownerA, second.id);
    const taken = await connectAccount(h, ownerB, other.id, input);
    expect(taken).toMatchObject({ brandId: other.id, status: AccountStatus.Connected, shared: false });
    expect((await failure(connectAccount(h, ownerA, verdure.id, input))).message).toBe(ELSEWHERE);

    const [row] = await h.sql<{ credentials: number }>(
      `SELECT count(*)::int AS credentials FROM clients.account_connections
        WHERE agency_id = $1 AND external_id = $2`,
      [ownerA.claims.agencyId, input.externalId],
    );
    expect(row.credentials).toBe(0);
  });

  it('tells publishing about every brand’s account when shared credentials change', async () => {
    const input = newAccount({ credentials: { accessToken: 'a', expiresAt: '2030-06-01T00:00:00Z' } });
    const one = await connectAccount(h, ownerA, verdure.id, input);
    const two = await connectAccount(h, ownerA, brooklyn.id, { ...input, share: true });
    const events = await h.sql<{ subject: string; account: string; expires: string | null }>(
      `SELECT subject, payload->'data'->>'accountId' AS account, payload->'data'->>'tokenExpiresAt' AS expires
         FROM clients.outbox WHERE payload->'data'->>'accountId' = ANY($1) ORDER BY created_at, id`,
      [[one.id, two.id]],
    );
    expect(events.map((e) => [e.subject, e.account])).toEqual([
      [ClientsEvents.accountConnected, one.id],
      [ClientsEvents.accountConnected, two.id],
      [ClientsEvents.accountReconnected, one.id],
    ]);
    // Only one of them carries the refresh (two refreshes of one token would race at the network).
    expect(events.map((e) => e.expires)).toEqual([
      '2030-06-01T00:00:00.000Z',
      null,
      '2030-06-01T00:00:00.000Z',
    ]);
  });

  it('keeps the claims beyond the app role’s reach', async () => {
    await expect(h.sqlAsApp(`SELECT count(*) FROM clients.account_claims`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(h.sqlAsApp(`SELECT clients.claim_network_account('x', '', 'someone')`)).rejects.toThrow(
      /tenant/,
    );
  });
});
