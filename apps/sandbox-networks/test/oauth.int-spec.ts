import { SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { createRestAPIClient } from 'masto';
import { localXClient } from './support/local-x-client';
import { consentCode, pkcePair, postForm, showConsent, submitConsent } from './support/oauth-consent';

// masto's CommonJS build requires `change-case`, published as an ES module only.
jest.mock('change-case', () =>
  jest
    .requireActual<typeof import('./support/esm-as-commonjs')>('./support/esm-as-commonjs')
    .esmAsCommonJs('change-case'),
);

const CALLBACK = 'http://127.0.0.1:4399/connect/callback';
const CLIENT = { clientId: 'relais-local', clientSecret: 'relais-local-secret' };

describe('sandbox OAuth consent and code exchange', () => {
  let sandbox: SandboxNetworks;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    for (const network of ['x', 'linkedin', 'facebook_page'] as const) {
      await sandbox.client.putOAuthApp({ network, ...CLIENT, name: 'Relais test', redirectUris: [CALLBACK] });
    }
  });

  it('gives accounts an owner (demo by default) and checks the apps the control API puts', async () => {
    expect(await sandbox.client.provisionAccount({ network: 'x' })).toMatchObject({ owner: 'demo' });
    expect(await sandbox.client.provisionAccount({ network: 'linkedin', owner: 'alice' })).toMatchObject({
      owner: 'alice',
    });
    const put = (body: unknown) =>
      fetch(`${sandbox.controlUrl}/control/oauth-apps`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const bad = await put({ network: 'bluesky', clientId: 'a', clientSecret: 'b', redirectUris: ['nope'] });
    expect(bad.status).toBe(400);
    const errors = ((await bad.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
    expect(errors).toEqual(['network', 'redirectUris.0']);
    const owner = await fetch(`${sandbox.controlUrl}/control/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ network: 'x', owner: 'two words' }),
    });
    expect(owner.status).toBe(400);
    const apps = (await (await fetch(`${sandbox.controlUrl}/control/oauth-apps`)).json()) as {
      apps: Array<{ network: string; clientId: string; redirectUris: string[] }>;
    };
    expect(apps.apps).toContainEqual(
      expect.objectContaining({ network: 'x', clientId: 'relais-local', redirectUris: [CALLBACK] }),
    );
  });

  describe('X', () => {
    const authorizeUrl = () => `${sandbox.endpoints.x}/i/oauth2/authorize`;
    const tokenUrl = () => `${sandbox.endpoints.x}/2/oauth2/token`;
    const request = (challenge: string, extra: Record<string, string> = {}) => ({
      response_type: 'code',
      client_id: CLIENT.clientId,
      redirect_uri: CALLBACK,
      scope: 'tweet.read tweet.write users.read offline.access',
      state: 'state-1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    });
    const exchange = (code: string, verifier: string, redirectUri = CALLBACK) =>
      postForm(tokenUrl(), {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        client_id: CLIENT.clientId,
      });

    it('completes twitter-api-v2’s flow: the link, the consent, loginWithOAuth2, then tweets and refreshes', async () => {
      const account = await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
      const oauth = localXClient(sandbox.endpoints.x, { clientId: CLIENT.clientId });
      const link = oauth.generateOAuth2AuthLink(CALLBACK, {
        scope: ['tweet.read', 'tweet.write', 'users.read', 'offline.access'],
      });
      const parameters = Object.fromEntries(new URL(link.url).searchParams);

      const page = await showConsent(authorizeUrl(), parameters);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Relais test');
      expect(page.html).toContain('value="acme"');
      expect(page.html).toContain('Post and repost for you.');
      const allowed = await submitConsent(authorizeUrl(), parameters, 'acme');
      expect(allowed.status).toBe(302);
      expect(allowed.location?.origin + (allowed.location?.pathname ?? '')).toBe(CALLBACK);
      expect(allowed.location?.searchParams.get('state')).toBe(link.state);

      const login = await oauth.loginWithOAuth2({
        code: allowed.location?.searchParams.get('code') ?? '',
        codeVerifier: link.codeVerifier,
        redirectUri: CALLBACK,
      });
      expect(login.expiresIn).toBe(7200);
      expect(login.scope).toEqual(['tweet.read', 'tweet.write', 'users.read', 'offline.access']);
      expect((await login.client.v2.me()).data).toEqual({
        id: account.externalId,
        name: 'acme',
        username: 'acme',
      });
      const { data } = await login.client.v2.tweet('Connected the networks’ way');
      const received = await sandbox.client.posts({ network: 'x', accountId: account.externalId });
      expect(received.posts.map((post) => post.id)).toEqual([data.id]);

      const refreshed = await oauth.refreshOAuth2Token(login.refreshToken ?? '');
      expect(refreshed.scope).toEqual(['tweet.read', 'tweet.write', 'users.read', 'offline.access']);
      await refreshed.client.v2.tweet('After a refresh');
    });

    it('refuses a reused code, a wrong verifier or redirect URI in X’s words; no refresh token without offline.access', async () => {
      await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
      const pkce = pkcePair();
      const invalid = {
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: 'Value passed for the authorization code was invalid.',
        },
      };

      const code = await consentCode(authorizeUrl(), request(pkce.challenge), 'acme');
      const first = await exchange(code, pkce.verifier);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        token_type: 'bearer',
        expires_in: 7200,
        refresh_token: expect.any(String),
      });
      expect(await exchange(code, pkce.verifier)).toEqual(invalid);

      const wrongVerifier = await consentCode(authorizeUrl(), request(pkce.challenge), 'acme');
      expect(await exchange(wrongVerifier, pkcePair().verifier)).toEqual(invalid);
      const wrongRedirect = await consentCode(authorizeUrl(), request(pkce.challenge), 'acme');
      expect(await exchange(wrongRedirect, pkce.verifier, `${CALLBACK}/other`)).toEqual(invalid);

      const short = await consentCode(
        authorizeUrl(),
        request(pkce.challenge, { scope: 'tweet.read tweet.write users.read' }),
        'acme',
      );
      const noRefresh = await exchange(short, pkce.verifier);
      expect(noRefresh.body).toMatchObject({ scope: 'tweet.read tweet.write users.read' });
      expect(noRefresh.body.refresh_token).toBeUndefined();
    });

    it('never redirects to a redirect URI the app did not register, and refuses a plain challenge', async () => {
      const pkce = pkcePair();
      for (const redirectUri of ['http://127.0.0.1:4399/connect/callback/', 'https://evil.example/cb']) {
        const page = await showConsent(
          authorizeUrl(),
          request(pkce.challenge, { redirect_uri: redirectUri }),
        );
        expect(page.status).toBe(400);
        expect(page.location).toBeNull();
        expect(page.html).toContain('is not one the app registered');
        const posted = await submitConsent(
          authorizeUrl(),
          request(pkce.challenge, { redirect_uri: redirectUri }),
          'acme',
        );
        expect(posted).toMatchObject({ status: 400, location: null });
      }
      const unknownApp = await showConsent(authorizeUrl(), request(pkce.challenge, { client_id: 'nobody' }));
      expect(unknownApp).toMatchObject({ status: 400, location: null });

      const plain = await showConsent(
        authorizeUrl(),
        request(pkce.challenge, { code_challenge_method: 'plain' }),
      );
      expect(plain.status).toBe(302);
      expect(plain.location?.searchParams.get('error')).toBe('invalid_request');
      expect(plain.location?.searchParams.get('code')).toBeNull();
      const noChallenge = await showConsent(authorizeUrl(), request('', { code_challenge_method: '' }));
      expect(noChallenge.location?.searchParams.get('error')).toBe('invalid_request');
      const unknownScope = await showConsent(
        authorizeUrl(),
        request(pkce.challenge, { scope: 'tweet.read dm.everything' }),
      );
      expect(unknownScope.location?.searchParams.get('error')).toBe('invalid_scope');
    });

    it('echoes any state, answers access_denied on Cancel, and lets codes expire', async () => {
      await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
      const pkce = pkcePair();
      const forged = request(pkce.challenge, { state: 'forged <state> & co' });
      const allowed = await submitConsent(authorizeUrl(), forged, 'acme');
      expect(allowed.location?.searchParams.get('state')).toBe('forged <state> & co');

      const denied = await submitConsent(authorizeUrl(), forged, 'acme', 'deny');
      expect(denied.status).toBe(302);
      expect(Object.fromEntries(denied.location?.searchParams ?? [])).toMatchObject({
        error: 'access_denied',
        state: 'forged <state> & co',
      });
      expect(denied.location?.searchParams.get('code')).toBeNull();

      const nobody = await submitConsent(authorizeUrl(), forged, 'not-an-account');
      expect(nobody).toMatchObject({ status: 400, location: null });

      await sandbox.client.setOAuthCodeTtl(1);
      const code = await consentCode(authorizeUrl(), request(pkce.challenge), 'acme');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await exchange(code, pkce.verifier)).status).toBe(400);
    });
  });

  describe('LinkedIn', () => {
    const authorizeUrl = () => `${sandbox.endpoints.linkedin}/oauth/v2/authorization`;
    const rest = (token: string) => ({
      authorization: `Bearer ${token}`,
      'LinkedIn-Version': '202510',
      'X-Restli-Protocol-Version': '2.0.0',
    });

    it('signs a member in, lists the organizations it administers, and publishes as one of them', async () => {
      const acme = await sandbox.client.provisionAccount({
        network: 'linkedin',
        handle: 'Acme',
        owner: 'alice',
      });
      await sandbox.client.provisionAccount({ network: 'linkedin', handle: 'Other', owner: 'bob' });
      const pkce = pkcePair();
      const parameters = {
        response_type: 'code',
        client_id: CLIENT.clientId,
        redirect_uri: CALLBACK,
        state: 'li-state',
        scope: 'openid profile w_organization_social r_organization_admin',
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
      };
      const page = await showConsent(authorizeUrl(), parameters, { 'accept-language': 'fr-FR,fr;q=0.9' });
      expect(page.html).toContain('>Autoriser</button>');
      expect(page.html).toContain('value="alice"');
      expect(page.html).toContain('value="bob"');
      const code = await consentCode(authorizeUrl(), parameters, 'alice');

      const exchange = (codeToUse: string, verifier = pkce.verifier) =>
        postForm(`${sandbox.endpoints.linkedin}/oauth/v2/accessToken`, {
          grant_type: 'authorization_code',
          code: codeToUse,
          redirect_uri: CALLBACK,
          client_id: CLIENT.clientId,
          client_secret: CLIENT.clientSecret,
          code_verifier: verifier,
        });
      const tokens = await exchange(code);
      expect(tokens.status).toBe(200);
      expect(tokens.body).toMatchObject({
        expires_in: 5184000,
        refresh_token: expect.any(String),
        refresh_token_expires_in: expect.any(Number),
        scope: 'openid,profile,w_organization_social,r_organization_admin',
      });
      expect(await exchange(code)).toEqual({
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: 'Unable to retrieve access token: authorization code not found',
        },
      });
      const token = String(tokens.body.access_token);

      const me = (await (
        await fetch(`${sandbox.endpoints.linkedin}/v2/userinfo`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as Record<string, unknown>;
      expect(me).toMatchObject({ sub: expect.any(String), name: 'alice' });

      const acls = (await (
        await fetch(
          `${sandbox.endpoints.linkedin}/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED`,
          { headers: rest(token) },
        )
      ).json()) as { elements: Array<Record<string, unknown>>; paging: Record<string, number> };
      expect(acls.elements).toEqual([
        expect.objectContaining({
          organization: acme.externalId,
          role: 'ADMINISTRATOR',
          state: 'APPROVED',
          roleAssignee: `urn:li:person:${String(me.sub)}`,
        }),
      ]);
      expect(acls.paging).toMatchObject({ start: 0, total: 1 });
      const id = acme.externalId.replace('urn:li:organization:', '');
      const organization = await fetch(`${sandbox.endpoints.linkedin}/rest/organizations/${id}`, {
        headers: rest(token),
      });
      expect(await organization.json()).toMatchObject({
        id: Number(id),
        localizedName: 'Acme',
        vanityName: 'acme',
      });

      const published = await fetch(`${sandbox.endpoints.linkedin}/rest/posts`, {
        method: 'POST',
        headers: { ...rest(token), 'content-type': 'application/json' },
        body: JSON.stringify({
          author: acme.externalId,
          commentary: 'Posted by an administrator',
          visibility: 'PUBLIC',
          distribution: {
            feedDistribution: 'MAIN_FEED',
            targetEntities: [],
            thirdPartyDistributionChannels: [],
          },
          lifecycleState: 'PUBLISHED',
          isReshareDisabledByAuthor: false,
        }),
      });
      expect(published.status).toBe(201);
      const received = await sandbox.client.posts({ network: 'linkedin', accountId: acme.externalId });
      expect(received.posts.map((post) => post.text)).toEqual(['Posted by an administrator']);
    });

    it('refuses a wrong verifier or secret in LinkedIn’s words', async () => {
      await sandbox.client.provisionAccount({ network: 'linkedin', handle: 'Acme', owner: 'alice' });
      const pkce = pkcePair();
      const parameters = {
        response_type: 'code',
        client_id: CLIENT.clientId,
        redirect_uri: CALLBACK,
        state: 's',
        scope: 'openid w_organization_social',
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
      };
      const code = await consentCode(authorizeUrl(), parameters, 'alice');
      const url = `${sandbox.endpoints.linkedin}/oauth/v2/accessToken`;
      const fields = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: CALLBACK,
        client_id: CLIENT.clientId,
        client_secret: CLIENT.clientSecret,
      };
      expect(await postForm(url, { ...fields, client_secret: 'wrong' })).toEqual({
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client authentication failed' },
      });
      const wrong = await postForm(url, { ...fields, code_verifier: pkcePair().verifier });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error_description).toMatch(/code verifier does not match authorization code/);
    });
  });

  describe('Facebook', () => {
    const version = 'v23.0';
    const dialogUrl = () => `${sandbox.endpoints.facebook_page}/${version}/dialog/oauth`;

    it('signs a person in, hands out their pages’ tokens, which publish', async () => {
      const shop = await sandbox.client.provisionAccount({
        network: 'facebook_page',
        handle: 'Shop',
        owner: 'bob',
      });
      const cafe = await sandbox.client.provisionAccount({
        network: 'facebook_page',
        handle: 'Cafe',
        owner: 'bob',
      });
      await sandbox.client.provisionAccount({
        network: 'facebook_page',
        handle: 'Elsewhere',
        owner: 'carol',
      });
      const parameters = {
        client_id: CLIENT.clientId,
        redirect_uri: CALLBACK,
        state: 'fb-state',
        scope: 'pages_show_list,pages_manage_posts,pages_read_engagement',
        response_type: 'code',
      };
      const page = await showConsent(dialogUrl(), { ...parameters, locale: 'en' });
      expect(page.html).toContain('Create, edit and delete your Page posts.');
      expect(page.html).toContain('2 page(s)');
      const code = await consentCode(dialogUrl(), parameters, 'bob');

      const exchange = async () => {
        const query = new URLSearchParams({ ...parameters, client_secret: CLIENT.clientSecret, code });
        const response = await fetch(
          `${sandbox.endpoints.facebook_page}/${version}/oauth/access_token?${query.toString()}`,
        );
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const user = await exchange();
      expect(user).toMatchObject({
        status: 200,
        body: { token_type: 'bearer', expires_in: expect.any(Number) },
      });
      const used = await exchange();
      expect(used.status).toBe(400);
      expect(used.body.error).toMatchObject({
        message: 'This authorization code has been used.',
        type: 'OAuthException',
        code: 100,
        fbtrace_id: expect.any(String),
      });

      const userToken = String(user.body.access_token);
      const me = await fetch(`${sandbox.endpoints.facebook_page}/${version}/me?fields=id,name`, {
        headers: { authorization: `Bearer ${userToken}` },
      });
      expect(await me.json()).toEqual({ id: expect.stringMatching(/^\d+$/), name: 'bob' });
      const accounts = (await (
        await fetch(
          `${sandbox.endpoints.facebook_page}/${version}/me/accounts?fields=id,name,access_token,tasks&access_token=${userToken}`,
        )
      ).json()) as {
        data: Array<{ id: string; name: string; access_token: string; tasks: string[] }>;
        paging: unknown;
      };
      expect(accounts.data.map((entry) => entry.id)).toEqual([shop.externalId, cafe.externalId]);
      expect(accounts.data[0]?.tasks).toContain('CREATE_CONTENT');
      expect(accounts.paging).toEqual({ cursors: { before: expect.any(String), after: expect.any(String) } });

      const pageToken = accounts.data[0]?.access_token ?? '';
      const posted = await fetch(`${sandbox.endpoints.facebook_page}/${version}/${shop.externalId}/feed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'From the page token', access_token: pageToken }),
      });
      expect(posted.status).toBe(200);
      const refusedWithUserToken = await fetch(
        `${sandbox.endpoints.facebook_page}/${version}/${shop.externalId}/feed`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: 'From the user token', access_token: userToken }),
        },
      );
      expect(refusedWithUserToken.status).toBe(403);
    });

    it('refuses a redirect URI other than the dialog’s and a wrong verifier, in Graph’s words', async () => {
      await sandbox.client.provisionAccount({ network: 'facebook_page', handle: 'Shop', owner: 'bob' });
      const pkce = pkcePair();
      const parameters = {
        client_id: CLIENT.clientId,
        redirect_uri: CALLBACK,
        state: 's',
        scope: 'pages_show_list',
        response_type: 'code',
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
      };
      const exchange = async (fields: Record<string, string>) => {
        const query = new URLSearchParams({
          client_id: CLIENT.clientId,
          client_secret: CLIENT.clientSecret,
          ...fields,
        });
        const response = await fetch(
          `${sandbox.endpoints.facebook_page}/${version}/oauth/access_token?${query.toString()}`,
        );
        return {
          status: response.status,
          body: (await response.json()) as { error: Record<string, unknown> },
        };
      };
      const code = await consentCode(dialogUrl(), parameters, 'bob');
      const mismatch = await exchange({
        code,
        redirect_uri: `${CALLBACK}?x=1`,
        code_verifier: pkce.verifier,
      });
      expect(mismatch.body.error).toMatchObject({ code: 100, error_subcode: 36008 });
      const other = await consentCode(dialogUrl(), parameters, 'bob');
      const wrong = await exchange({
        code: other,
        redirect_uri: CALLBACK,
        code_verifier: pkcePair().verifier,
      });
      expect(wrong).toMatchObject({ status: 400, body: { error: { type: 'OAuthException', code: 100 } } });

      const denied = await submitConsent(dialogUrl(), parameters, 'bob', 'deny');
      expect(Object.fromEntries(denied.location?.searchParams ?? [])).toMatchObject({
        error: 'access_denied',
        error_reason: 'user_denied',
        state: 's',
      });
    });
  });

  describe('Mastodon', () => {
    const redirectUri = 'http://127.0.0.1:4399/connect/mastodon';

    it('registers an app with masto, then signs the account in and publishes with the token', async () => {
      const account = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
      const app = await createRestAPIClient({ url: sandbox.endpoints.mastodon }).v1.apps.create({
        clientName: 'Relais',
        redirectUris: [redirectUri],
        scopes: 'profile write:statuses write:media',
        website: 'https://relais.example',
      });
      expect(app).toMatchObject({
        name: 'Relais',
        clientId: expect.any(String),
        clientSecret: expect.any(String),
        redirectUris: [redirectUri],
        scopes: ['profile', 'write:statuses', 'write:media'],
      });
      const pkce = pkcePair();
      const parameters = {
        response_type: 'code',
        client_id: app.clientId ?? '',
        redirect_uri: redirectUri,
        scope: 'profile write:statuses write:media',
        state: 'm-state',
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
      };
      const page = await showConsent(`${sandbox.endpoints.mastodon}/oauth/authorize`, parameters);
      expect(page.html).toContain('Publish posts.');
      const code = await consentCode(`${sandbox.endpoints.mastodon}/oauth/authorize`, parameters, 'acme');

      const exchange = async (clientSecret = app.clientSecret ?? '') => {
        const response = await fetch(`${sandbox.endpoints.mastodon}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            grant_type: 'authorization_code',
            code,
            client_id: app.clientId,
            client_secret: clientSecret,
            redirect_uri: redirectUri,
            code_verifier: pkce.verifier,
          }),
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      expect(await exchange('wrong')).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      const tokens = await exchange();
      expect(tokens).toEqual({
        status: 200,
        body: {
          access_token: expect.any(String),
          token_type: 'Bearer',
          scope: 'profile write:statuses write:media',
          created_at: expect.any(Number),
        },
      });
      expect(await exchange()).toEqual({
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description:
            'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
        },
      });

      const masto = createRestAPIClient({
        url: account.instanceUrl,
        accessToken: String(tokens.body.access_token),
      });
      expect(await masto.v1.accounts.verifyCredentials()).toMatchObject({
        id: account.externalId,
        username: 'acme',
      });
      const status = await masto.v1.statuses.create({ status: 'Hello from an app' });
      const received = await sandbox.client.posts({ network: 'mastodon', accountId: account.externalId });
      expect(received.posts.map((post) => post.id)).toEqual([status.id]);
    });

    it('refuses an app without redirect URI, and scopes beyond those the app registered', async () => {
      const register = (body: Record<string, unknown>) =>
        fetch(`${sandbox.endpoints.mastodon}/api/v1/apps`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const blank = await register({ client_name: 'Relais' });
      expect(blank.status).toBe(422);
      expect(await blank.json()).toEqual({ error: "Validation failed: Redirect URI can't be blank" });
      expect((await register({ client_name: 'Relais', redirect_uris: 'not a uri' })).status).toBe(422);

      const form = await fetch(`${sandbox.endpoints.mastodon}/api/v1/apps`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_name: 'Relais', redirect_uris: redirectUri, scopes: 'profile' }),
      });
      const app = (await form.json()) as { client_id: string; redirect_uri: string };
      expect(app.redirect_uri).toBe(redirectUri);
      const beyond = await showConsent(`${sandbox.endpoints.mastodon}/oauth/authorize`, {
        response_type: 'code',
        client_id: app.client_id,
        redirect_uri: redirectUri,
        scope: 'profile write:statuses',
        code_challenge: pkcePair().challenge,
        code_challenge_method: 'S256',
      });
      expect(beyond.status).toBe(302);
      expect(beyond.location?.searchParams.get('error')).toBe('invalid_scope');
    });
  });
});
