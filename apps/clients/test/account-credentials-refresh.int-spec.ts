import {
  AccountChangedEvent,
  AccountStatus,
  AuthResult,
  BrandView,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  Network,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure, system } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { connectAccount, credentialsOf, newAccount } from './support/accounts';
import { createBrand, signUp } from './support/fixtures';

describe('clients: tokens a refresh obtained (publishing)', () => {
  let h: ClientsHarness;
  let owner: AuthResult;
  let brand: BrandView;

  const connect = (credentials: Record<string, unknown>) =>
    connectAccount(h, owner, brand.id, newAccount({ credentials }));
  const store = (accountId: string, credentials: Record<string, unknown>, agencyId = owner.claims.agencyId) =>
    h.call<SocialAccountView>(ClientsSubjects.account.storeCredentials, system(agencyId), {
      id: accountId,
      credentials,
    });
  const eventsOf = (accountId: string) =>
    h.sql<{ subject: string; data: AccountChangedEvent }>(
      `SELECT subject, payload->'data' AS data FROM clients.outbox
        WHERE payload->'data'->>'accountId' = $1 ORDER BY created_at, id`,
      [accountId],
    );

  beforeAll(async () => {
    h = await startClients();
    owner = await signUp(h, { agencyName: 'Refreshing Agency' });
    brand = await createBrand(h, owner, 'Maison Verdure');
  });
  afterAll(() => h.close());

  it('stores rotated tokens encrypted, updates the expiry, audits it and tells publishing', async () => {
    const account = await connect({
      accessToken: 'old-access',
      refreshToken: 'old-refresh',
      expiresAt: '2026-12-01T10:00:00Z',
    });
    const stored = await store(account.id, {
      accessToken: 'new-access-SECRET',
      refreshToken: 'new-refresh-SECRET',
      expiresAt: '2026-12-01T12:00:00Z',
    });
    expect(stored).toMatchObject({
      status: AccountStatus.Connected,
      tokenExpiresAt: '2026-12-01T12:00:00.000Z',
    });
    expect(JSON.stringify(stored)).not.toContain('SECRET');
    expect(await credentialsOf(h, owner.claims.agencyId, account.id)).toMatchObject({
      accessToken: 'new-access-SECRET',
      refreshToken: 'new-refresh-SECRET',
      expiresAt: '2026-12-01T12:00:00.000Z',
    });

    const [row] = await h.sql<{ everything: string }>(
      `SELECT s::text || c::text AS everything
         FROM clients.social_accounts s JOIN clients.account_connections c ON c.id = s.connection_id
        WHERE s.id = $1`,
      [account.id],
    );
    expect(row.everything).not.toContain('new-access-SECRET');

    const audit = await h.sql<{ action: string; actor_user_id: string | null; details: string }>(
      `SELECT action, actor_user_id, details::text AS details FROM clients.audit_log
        WHERE target_id = $1 ORDER BY created_at, id`,
      [account.id],
    );
    expect(audit.map(({ action, actor_user_id }) => ({ action, actor_user_id }))).toEqual([
      { action: 'account.connected', actor_user_id: owner.user.id },
      { action: 'account.credentials_refreshed', actor_user_id: null },
    ]);
    expect(audit[1].details).toContain('2026-12-01T12:00:00.000Z');
    expect(audit[1].details).not.toContain('SECRET');

    expect(await eventsOf(account.id)).toEqual([
      {
        subject: ClientsEvents.accountConnected,
        data: expect.objectContaining({ tokenExpiresAt: '2026-12-01T10:00:00.000Z' }),
      },
      {
        subject: ClientsEvents.accountReconnected,
        data: {
          accountId: account.id,
          brandId: brand.id,
          network: Network.X,
          externalId: account.externalId,
          status: AccountStatus.Connected,
          tokenExpiresAt: '2026-12-01T12:00:00.000Z',
        },
      },
    ]);
  });

  it('keeps the stored refresh token when the network returned none', async () => {
    const account = await connect({
      accessToken: 'a1',
      refreshToken: 'keep-me',
      expiresAt: '2026-12-01T10:00:00Z',
    });
    await store(account.id, { accessToken: 'a2', expiresAt: '2026-12-02T10:00:00Z' });
    expect(await credentialsOf(h, owner.claims.agencyId, account.id)).toMatchObject({
      accessToken: 'a2',
      refreshToken: 'keep-me',
      expiresAt: '2026-12-02T10:00:00.000Z',
    });
    // No expiry given: the new token does not expire.
    await store(account.id, { accessToken: 'a3' });
    expect(await credentialsOf(h, owner.claims.agencyId, account.id)).toMatchObject({
      accessToken: 'a3',
      refreshToken: 'keep-me',
      expiresAt: null,
    });
  });

  it('reconnects an account flagged for reconnection once a refresh works', async () => {
    const account = await connect({ accessToken: 'a1', refreshToken: 'r1' });
    await h.call(ClientsSubjects.account.markNeedsReconnection, system(owner.claims.agencyId), {
      id: account.id,
      reason: 'X refused the refresh',
    });
    const stored = await store(account.id, { accessToken: 'a2', expiresAt: '2026-12-03T00:00:00Z' });
    expect(stored).toMatchObject({ status: AccountStatus.Connected, statusReason: null });
    const events = await eventsOf(account.id);
    expect(events.map((event) => [event.subject, event.data.tokenExpiresAt])).toEqual([
      [ClientsEvents.accountConnected, null],
      [ClientsEvents.accountReconnectionRequired, null],
      [ClientsEvents.accountReconnected, '2026-12-03T00:00:00.000Z'],
    ]);
  });

  it('tells the expiry of tokens a person reconnected with', async () => {
    const account = await connect({ accessToken: 'a1' });
    await h.call(ClientsSubjects.account.reconnect, as(owner), {
      id: account.id,
      credentials: { accessToken: 'a2', refreshToken: 'r2', expiresAt: '2027-02-01T00:00:00Z' },
    });
    expect((await eventsOf(account.id)).at(-1)).toEqual({
      subject: ClientsEvents.accountReconnected,
      data: expect.objectContaining({ tokenExpiresAt: '2027-02-01T00:00:00.000Z' }),
    });
  });

  it('is refused to users, to other agencies, for disconnected accounts and without a token', async () => {
    const account = await connect({ accessToken: 'a1', refreshToken: 'r1' });
    const byUser = await failure(
      h.call(ClientsSubjects.account.storeCredentials, as(owner), {
        id: account.id,
        credentials: { accessToken: 'stolen' },
      }),
    );
    expect(byUser.code).toBe(ErrorCode.Forbidden);
    const other = await signUp(h, { agencyName: 'Someone Else' });
    expect((await failure(store(account.id, { accessToken: 'x' }, other.claims.agencyId))).code).toBe(
      ErrorCode.NotFound,
    );
    const empty = await failure(store(account.id, { accessToken: '' }));
    expect(empty.code).toBe(ErrorCode.BadUserInput);
    expect((await credentialsOf(h, owner.claims.agencyId, account.id)).accessToken).toBe('a1');

    await h.call(ClientsSubjects.account.disconnect, as(owner), { id: account.id });
    const gone = await failure(store(account.id, { accessToken: 'late' }));
    expect(gone).toMatchObject({
      code: ErrorCode.Conflict,
      message: 'This account is disconnected; its new tokens were not stored',
    });
    const events = await eventsOf(account.id);
    expect(events.at(-1)).toEqual({
      subject: ClientsEvents.accountDisconnected,
      data: expect.objectContaining({ status: AccountStatus.Disconnected, tokenExpiresAt: null }),
    });
  });
});
