import {
  AccountStatus,
  AuthResult,
  BrandView,
  ClientsSubjects,
  ConnectionStatus,
  ErrorCode,
  Network,
  Page,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure, SandboxNetworks, system } from '@relais/server-testing';
import { CredentialsCipher } from '../src/accounts/credentials-cipher';
import { credentialsOf } from './support/accounts';
import { ClientsHarness } from './support/clients-harness';
import {
  chooseAccounts,
  completeConnection,
  connectBluesky,
  connectThroughConsent,
  consent,
  provision,
  REDIRECT_URI,
  startClientsWithNetworks,
  startConnection,
} from './support/connections';
import { createBrand, join, signUp } from './support/fixtures';

describe('connecting accounts the networks’ way', () => {
  let h: ClientsHarness;
  let sandbox: SandboxNetworks;
  let close: () => Promise<void>;
  let owner: AuthResult;
  let verdure: BrandView;
  let brooklyn: BrandView;

  const accountsOf = async (brandId: string) =>
    (await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(owner), { brandId })).items;
  const attemptRow = async (id: string) =>
    (
      await h.sql<{
        status: string;
        failure_reason: string | null;
        state_hash: Buffer;
        code_verifier_sealed: string;
      }>(
        `SELECT status, failure_reason, state_hash, code_verifier_sealed FROM clients.connection_attempts WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    ({ h, sandbox, close } = await startClientsWithNetworks());
    owner = await signUp(h, { agencyName: 'Agence Verdure' });
    verdure = await createBrand(h, owner, 'Maison Verdure');
    brooklyn = await createBrand(h, owner, 'Brooklyn Bakery');
  });
  afterAll(() => close());

  describe('X', () => {
    it('connects the account that consented, with PKCE, the least scopes, and tokens publishing can use', async () => {
      const x = await provision(sandbox, { network: 'x', handle: 'verdure_x' });
      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      expect(started.scopes).toEqual([
        'tweet.read',
        'tweet.write',
        'users.read',
        'offline.access',
        'media.write',
      ]);
      const url = new URL(started.authorizeUrl);
      expect(`${url.origin}${url.pathname}`).toBe(`${sandbox.endpoints.x}/i/oauth2/authorize`);
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
      const state = url.searchParams.get('state') as string;
      const row = await attemptRow(started.connectionId);
      expect(row.status).toBe(ConnectionStatus.AwaitingConsent);
      expect(row.state_hash.toString('utf8')).not.toContain(state);
      expect(row.code_verifier_sealed).not.toContain(state);

      const answer = await consent(started.authorizeUrl, x.handle);
      expect(answer.state).toBe(state);
      const done = await completeConnection(h, owner, { ...answer });
      expect(done).toMatchObject({
        id: started.connectionId,
        status: ConnectionStatus.Connected,
        brandId: verdure.id,
        brandName: 'Maison Verdure',
        network: Network.X,
        origin: 'agency',
        failureReason: null,
        candidates: [],
      });
      expect(done.accountIds).toHaveLength(1);
      const [account] = (await accountsOf(verdure.id)).filter((each) => each.id === done.accountIds[0]);
      expect(account).toMatchObject({ network: Network.X, externalId: x.externalId, handle: `@${x.handle}` });
      const credentials = await credentialsOf(h, owner.claims.agencyId, account.id);
      expect(credentials.accessToken).toBeTruthy();
      expect(credentials.refreshToken).toBeTruthy();
      expect(credentials.expiresAt).not.toBeNull();
      // The tokens the code gave work at the network.
      const me = await fetch(`${sandbox.endpoints.x}/2/users/me`, {
        headers: { authorization: `Bearer ${credentials.accessToken}` },
      });
      expect(((await me.json()) as { data: { id: string } }).data.id).toBe(x.externalId);

      const audit = await h.sql<{ action: string; actor_user_id: string }>(
        `SELECT action, actor_user_id FROM clients.audit_log WHERE target_id = $1`,
        [account.id],
      );
      expect(audit).toEqual([{ action: 'account.connected', actor_user_id: owner.user.id }]);
    });

    it('refuses a forged state, and a state (with its code) used twice', async () => {
      const x = await provision(sandbox, { network: 'x' });
      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      const answer = await consent(started.authorizeUrl, x.handle);

      const forged = await failure(completeConnection(h, owner, { ...answer, state: `${answer.state}x` }));
      expect(forged.code).toBe(ErrorCode.BadUserInput);
      expect(forged.fields?.[0]).toMatchObject({ field: 'state' });

      await expect(completeConnection(h, owner, { ...answer })).resolves.toMatchObject({
        status: ConnectionStatus.Connected,
      });
      const again = await failure(completeConnection(h, owner, { ...answer }));
      expect(again).toEqual({
        code: ErrorCode.Conflict,
        message: 'This connection was already completed: each answer from the network is used once',
      });
    });

    it('refuses a redirect URI Relais did not register, and a callback on another one than asked', async () => {
      const unknown = await failure(
        startConnection(h, owner, {
          brandId: verdure.id,
          network: Network.X,
          redirectUri: 'https://evil.example/connect/callback',
        }),
      );
      expect(unknown.code).toBe(ErrorCode.BadUserInput);
      expect(unknown.fields?.[0]).toMatchObject({
        field: 'redirectUri',
        constraint: 'registeredRedirectUri',
      });

      const x = await provision(sandbox, { network: 'x' });
      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      const answer = await consent(started.authorizeUrl, x.handle);
      const elsewhere = await failure(
        completeConnection(h, owner, { ...answer, redirectUri: 'http://localhost:5173/connect/callback' }),
      );
      expect(elsewhere.code).toBe(ErrorCode.BadUserInput);
      expect(elsewhere.fields?.[0]).toMatchObject({ field: 'redirectUri' });
      expect((await attemptRow(started.connectionId)).status).toBe(ConnectionStatus.Failed);
    });

    it('sends the PKCE verifier: the network refuses the code with another one', async () => {
      const x = await provision(sandbox, { network: 'x' });
      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      const cipher = new CredentialsCipher(h.config.CREDENTIALS_KEYS, h.config.CREDENTIALS_ACTIVE_KEY);
      const wrong = cipher.seal('a'.repeat(64), `connection:${started.connectionId}:verifier`);
      await h.sql(`UPDATE clients.connection_attempts SET code_verifier_sealed = $2 WHERE id = $1`, [
        started.connectionId,
        wrong,
      ]);
      const answer = await consent(started.authorizeUrl, x.handle);
      const failed = await completeConnection(h, owner, { ...answer });
      expect(failed.status).toBe(ConnectionStatus.Failed);
      expect(failed.failureReason).toMatch(
        /^X refused the authorisation \(invalid_request: Value passed for the authorization code was invalid/,
      );
      expect(failed.accountIds).toEqual([]);
    });

    it('fails an attempt past its expiry, and one the person refused, saying why', async () => {
      const x = await provision(sandbox, { network: 'x' });
      const late = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      const answer = await consent(late.authorizeUrl, x.handle);
      await h.sql(
        `UPDATE clients.connection_attempts SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [late.connectionId],
      );
      const expired = await failure(completeConnection(h, owner, { ...answer }));
      expect(expired.code).toBe(ErrorCode.BadUserInput);
      expect(expired.message).toBe('The connection expired before the network answered; start again');
      expect(await attemptRow(late.connectionId)).toMatchObject({ status: ConnectionStatus.Failed });

      const refused = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      const denial = await consent(refused.authorizeUrl, x.handle, 'deny');
      expect(denial.error).toBe('access_denied');
      const failed = await completeConnection(h, owner, { ...denial });
      expect(failed.status).toBe(ConnectionStatus.Failed);
      expect(failed.failureReason).toMatch(/^Access was refused on X/);
    });

    it('reconnects a flagged account with the same identity, and refuses another identity', async () => {
      const x = await provision(sandbox, { network: 'x' });
      const other = await provision(sandbox, { network: 'x' });
      const first = await connectThroughConsent(
        h,
        owner,
        { brandId: verdure.id, network: Network.X },
        x.handle,
      );
      const accountId = first.accountIds[0];
      await h.call(ClientsSubjects.account.markNeedsReconnection, system(owner.claims.agencyId), {
        id: accountId,
        reason: 'The token was revoked on the network',
      });

      const wrong = await startConnection(h, owner, { brandId: verdure.id, network: Network.X, accountId });
      const refusal = await failure(
        completeConnection(h, owner, { ...(await consent(wrong.authorizeUrl, other.handle)) }),
      );
      expect(refusal.code).toBe(ErrorCode.Conflict);
      expect(refusal.message).toContain(`Signed in as @${other.handle}`);
      expect((await attemptRow(wrong.connectionId)).status).toBe(ConnectionStatus.Failed);
      const still = await h.call<SocialAccountView>(ClientsSubjects.account.get, as(owner), {
        id: accountId,
      });
      expect(still.status).toBe(AccountStatus.NeedsReconnection);

      const right = await connectThroughConsent(
        h,
        owner,
        { brandId: verdure.id, network: Network.X, accountId },
        x.handle,
      );
      expect(right).toMatchObject({ status: ConnectionStatus.Connected, accountIds: [accountId] });
      const back = await h.call<SocialAccountView>(ClientsSubjects.account.get, as(owner), { id: accountId });
      expect(back).toMatchObject({ status: AccountStatus.Connected, statusReason: null });
    });

    it('keeps an account to one brand unless shared on purpose', async () => {
      const x = await provision(sandbox, { network: 'x' });
      await connectThroughConsent(h, owner, { brandId: verdure.id, network: Network.X }, x.handle);
      const started = await startConnection(h, owner, { brandId: brooklyn.id, network: Network.X });
      const refused = await failure(
        completeConnection(h, owner, { ...(await consent(started.authorizeUrl, x.handle)) }),
      );
      expect(refused.code).toBe(ErrorCode.Conflict);
      expect(refused.message).toContain('Maison Verdure');
      expect(await attemptRow(started.connectionId)).toMatchObject({
        status: ConnectionStatus.Failed,
        failure_reason: refused.message,
      });

      const shared = await connectThroughConsent(
        h,
        owner,
        { brandId: brooklyn.id, network: Network.X, share: true },
        x.handle,
      );
      expect(shared.status).toBe(ConnectionStatus.Connected);
      const [account] = (await accountsOf(brooklyn.id)).filter((each) => each.id === shared.accountIds[0]);
      expect(account).toMatchObject({ externalId: x.externalId, shared: true });
    });

    it('lets only roles that connect accounts start, and only the starter complete', async () => {
      const analyst = await join(h, owner, { role: Role.Analyst });
      const refused = await failure(startConnection(h, analyst, { brandId: verdure.id, network: Network.X }));
      expect(refused).toEqual({
        code: ErrorCode.Forbidden,
        message: 'Your role cannot connect or disconnect accounts',
      });

      const cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [verdure.id] });
      const x = await provision(sandbox, { network: 'x' });
      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
      const answer = await consent(started.authorizeUrl, x.handle);
      const stranger = await failure(completeConnection(h, cm, { ...answer }));
      expect(stranger).toEqual({
        code: ErrorCode.Forbidden,
        message: 'Only the person who started this connection can finish it',
      });
      await expect(completeConnection(h, owner, { ...answer })).resolves.toMatchObject({
        status: ConnectionStatus.Connected,
      });
    });
  });

  describe('Facebook and LinkedIn', () => {
    it('offers the pages the person manages, and connects the chosen ones with their page tokens', async () => {
      const person = 'fb-camille';
      const kitchen = await provision(sandbox, {
        network: 'facebook_page',
        handle: 'verdure-kitchen',
        owner: person,
      });
      const garden = await provision(sandbox, {
        network: 'facebook_page',
        handle: 'verdure-garden',
        owner: person,
      });
      await provision(sandbox, { network: 'facebook_page', handle: 'not-hers', owner: 'fb-someone-else' });

      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.FacebookPage });
      expect(started.scopes).toEqual(['pages_show_list', 'pages_manage_posts', 'pages_read_engagement']);
      const choosing = await completeConnection(h, owner, {
        ...(await consent(started.authorizeUrl, person)),
      });
      expect(choosing.status).toBe(ConnectionStatus.Choosing);
      expect(choosing.candidates.map((each) => each.externalId).sort()).toEqual(
        [kitchen.externalId, garden.externalId].sort(),
      );
      expect(
        choosing.candidates.every((each) => each.kind === 'page' && each.connectedToBrandId === null),
      ).toBe(true);
      const stored = await h.sql<{ candidates: unknown }>(
        `SELECT candidates FROM clients.connection_attempts WHERE id = $1`,
        [started.connectionId],
      );
      expect(JSON.stringify(stored[0].candidates)).not.toContain('"accessToken"');

      const unknown = await failure(
        chooseAccounts(h, owner, { connectionId: started.connectionId, externalIds: ['999999'] }),
      );
      expect(unknown.code).toBe(ErrorCode.BadUserInput);
      expect(unknown.fields?.[0]).toMatchObject({ field: 'externalIds.0' });

      const done = await chooseAccounts(h, owner, {
        connectionId: started.connectionId,
        externalIds: [kitchen.externalId],
      });
      expect(done).toMatchObject({ status: ConnectionStatus.Connected, candidates: [] });
      const [account] = (await accountsOf(verdure.id)).filter((each) => each.id === done.accountIds[0]);
      expect(account).toMatchObject({ network: Network.FacebookPage, externalId: kitchen.externalId });
      const credentials = await credentialsOf(h, owner.claims.agencyId, account.id);
      const page = await fetch(
        `${sandbox.endpoints.facebook_page}/${h.config.FACEBOOK_GRAPH_VERSION}/me?fields=id,name`,
        { headers: { authorization: `Bearer ${credentials.accessToken}` } },
      );
      expect(((await page.json()) as { id: string }).id).toBe(kitchen.externalId);

      const twice = await failure(
        chooseAccounts(h, owner, { connectionId: started.connectionId, externalIds: [garden.externalId] }),
      );
      expect(twice.code).toBe(ErrorCode.Conflict);
    });

    it('offers the LinkedIn member and the organizations they administer', async () => {
      const person = 'li-jules';
      const org = await provision(sandbox, { network: 'linkedin', handle: 'verdure-co', owner: person });
      const started = await startConnection(h, owner, { brandId: verdure.id, network: Network.LinkedIn });
      expect(started.scopes).toEqual([
        'openid',
        'profile',
        'w_member_social',
        'w_organization_social',
        'r_organization_admin',
      ]);
      const choosing = await completeConnection(h, owner, {
        ...(await consent(started.authorizeUrl, person)),
      });
      expect(choosing.status).toBe(ConnectionStatus.Choosing);
      expect(choosing.candidates.map((each) => each.kind).sort()).toEqual(['organization', 'person']);
      const organization = choosing.candidates.find((each) => each.kind === 'organization');
      expect(organization?.externalId).toBe(org.externalId);
      expect(choosing.candidates.find((each) => each.kind === 'person')?.externalId).toMatch(
        /^urn:li:person:/,
      );

      const done = await chooseAccounts(h, owner, {
        connectionId: started.connectionId,
        externalIds: [org.externalId],
      });
      expect(done.status).toBe(ConnectionStatus.Connected);
      const [account] = (await accountsOf(verdure.id)).filter((each) => each.id === done.accountIds[0]);
      expect(account).toMatchObject({ network: Network.LinkedIn, externalId: org.externalId });
      const credentials = await credentialsOf(h, owner.claims.agencyId, account.id);
      expect(credentials.refreshToken).toBeTruthy();
    });
  });

  describe('Mastodon', () => {
    it('registers Relais once per instance, then connects through its consent page', async () => {
      const instance = sandbox.endpoints.mastodon;
      const toot = await provision(sandbox, { network: 'mastodon', handle: 'verdure' });
      const first = await startConnection(h, owner, {
        brandId: verdure.id,
        network: Network.Mastodon,
        instanceUrl: instance,
      });
      const second = await startConnection(h, owner, {
        brandId: verdure.id,
        network: Network.Mastodon,
        instanceUrl: `${instance}/`,
      });
      const apps = await h.sql<{ instance_url: string; client_id: string; client_secret_sealed: string }>(
        `SELECT instance_url, client_id, client_secret_sealed FROM clients.mastodon_apps`,
      );
      expect(apps).toHaveLength(1);
      expect(apps[0].instance_url).toBe(instance.toLowerCase());
      const clientOf = (url: string) => new URL(url).searchParams.get('client_id');
      expect(clientOf(first.authorizeUrl)).toBe(apps[0].client_id);
      expect(clientOf(second.authorizeUrl)).toBe(apps[0].client_id);
      expect(first.scopes).toEqual(['profile', 'write:statuses', 'write:media']);

      const done = await completeConnection(h, owner, {
        ...(await consent(second.authorizeUrl, toot.handle)),
      });
      expect(done.status).toBe(ConnectionStatus.Connected);
      const [account] = (await accountsOf(verdure.id)).filter((each) => each.id === done.accountIds[0]);
      expect(account).toMatchObject({ network: Network.Mastodon, externalId: toot.externalId });
      expect(account.instanceUrl?.toLowerCase()).toBe(instance.toLowerCase());
    });

    it('needs the instance', async () => {
      const missing = await failure(
        startConnection(h, owner, { brandId: verdure.id, network: Network.Mastodon }),
      );
      expect(missing.fields?.[0]).toMatchObject({ field: 'instanceUrl', constraint: 'required' });
    });
  });

  describe('Bluesky', () => {
    it('connects with an app password, and says clearly when the password is refused', async () => {
      const sky = await provision(sandbox, { network: 'bluesky', handle: 'verdure' });
      const refused = await failure(
        connectBluesky(h, owner, {
          brandId: verdure.id,
          identifier: sky.handle,
          appPassword: 'wrong-pass-word-here',
        }),
      );
      expect(refused.code).toBe(ErrorCode.BadUserInput);
      expect(refused.fields?.[0]).toMatchObject({ field: 'appPassword' });
      expect(refused.message).toContain('app password');

      const account = (await connectBluesky(h, owner, {
        brandId: verdure.id,
        identifier: sky.handle,
        appPassword: sky.appPassword,
      })) as SocialAccountView;
      expect(account).toMatchObject({
        network: Network.Bluesky,
        externalId: sky.externalId,
        handle: sky.handle,
      });
      const credentials = await credentialsOf(h, owner.claims.agencyId, account.id);
      expect(credentials.refreshToken).toBeTruthy();
      expect(credentials.instanceUrl).toBe(sandbox.endpoints.bluesky);
    });

    it('has no consent page to start', async () => {
      const refused = await failure(
        startConnection(h, owner, { brandId: verdure.id, network: Network.Bluesky }),
      );
      expect(refused.fields?.[0]).toMatchObject({ field: 'network' });
    });
  });
});
