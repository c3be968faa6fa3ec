import { AtpAgent, AtpSessionData, RichText } from '@atproto/api';
import { parseCid } from '@atproto/lex-data';
import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';

describe('sandbox Bluesky', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    account = await sandbox.client.provisionAccount({
      network: 'bluesky',
      handle: 'acme',
      appPassword: 'abcd-efgh-ijkl-mnop',
    });
  });

  async function loggedIn(): Promise<AtpAgent> {
    const agent = new AtpAgent({ service: account.instanceUrl });
    await agent.login({ identifier: 'acme.sandbox.test', password: 'abcd-efgh-ijkl-mnop' });
    return agent;
  }

  async function failure(
    promise: Promise<unknown>,
  ): Promise<{ status: number; error: string; message: string }> {
    return promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: { status: number; error: string; message: string }) => error,
    );
  }

  it('logs in with the app password and posts; the answer carries a real CID', async () => {
    const agent = await loggedIn();
    expect(agent.session).toMatchObject({ did: account.externalId, handle: 'acme.sandbox.test' });
    const { uri, cid } = await agent.post({ text: 'Spring collection is out 🌸' });

    expect(uri).toMatch(new RegExp(`^at://${account.externalId}/app\\.bsky\\.feed\\.post/[a-z2-7]{13}$`));
    expect(parseCid(cid).code).toBe(0x71);
    const record = await agent.com.atproto.repo.getRecord({
      repo: account.externalId,
      collection: 'app.bsky.feed.post',
      rkey: uri.split('/').pop() ?? '',
    });
    expect(record.data).toMatchObject({ uri, cid, value: { text: 'Spring collection is out 🌸' } });

    const feed = await agent.getAuthorFeed({ actor: 'acme.sandbox.test' });
    expect(feed.data.feed.map((item) => item.post.uri)).toEqual([uri]);
    const listed = await agent.com.atproto.repo.listRecords({
      repo: account.externalId,
      collection: 'app.bsky.feed.post',
    });
    expect(listed.data.records).toEqual([expect.objectContaining({ uri, cid })]);
  });

  it('answers a second create with the same rkey as a PDS does (a bare 500) and keeps the first record', async () => {
    const agent = await loggedIn();
    const create = (text: string) =>
      agent.com.atproto.repo.createRecord({
        repo: account.externalId,
        collection: 'app.bsky.feed.post',
        rkey: 'pub-3f2a9c',
        record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() },
      });
    const first = await create('Once');
    const second = await failure(create('Once again'));

    // The repository refuses a key already taken, and the PDS hides every 500's words.
    expect(second).toMatchObject({
      status: 500,
      error: 'InternalServerError',
      message: 'Internal Server Error',
    });
    const record = await agent.com.atproto.repo.getRecord({
      repo: account.externalId,
      collection: 'app.bsky.feed.post',
      rkey: 'pub-3f2a9c',
    });
    expect(record.data).toMatchObject({ uri: first.data.uri, cid: first.data.cid, value: { text: 'Once' } });
    expect((await sandbox.client.posts({ network: 'bluesky' })).total).toBe(1);
  });

  it('resolves the handles it holds to their DIDs, and refuses unknown or malformed ones as a PDS does', async () => {
    const agent = new AtpAgent({ service: account.instanceUrl });
    expect((await agent.resolveHandle({ handle: 'acme.sandbox.test' })).data).toEqual({
      did: account.externalId,
    });
    expect((await agent.resolveHandle({ handle: 'ACME.Sandbox.Test' })).data.did).toBe(account.externalId);
    expect(await failure(agent.resolveHandle({ handle: 'nobody.sandbox.test' }))).toMatchObject({
      status: 400,
      error: 'InvalidRequest',
      message: 'Unable to resolve handle',
    });

    const resolve = (query: string) =>
      fetch(`${account.instanceUrl}/xrpc/com.atproto.identity.resolveHandle${query}`);
    const malformed = await resolve('?handle=not%20a%20handle');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: 'InvalidRequest',
      message: 'Error: handle must be a valid handle',
    });
    const missing = await resolve('');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: 'InvalidRequest',
      message: 'Error: Params must have the property "handle"',
    });
  });

  it('lets RichText resolve mentions: a handle it holds gets its DID, an unknown one none', async () => {
    const agent = new AtpAgent({ service: account.instanceUrl });
    const richText = new RichText({ text: 'Merci @acme.sandbox.test et @personne.sandbox.test !' });
    await richText.detectFacets(agent);
    expect(richText.facets?.map((facet) => facet.features)).toEqual([
      [{ $type: 'app.bsky.richtext.facet#mention', did: account.externalId }],
      [{ $type: 'app.bsky.richtext.facet#mention', did: '' }],
    ]);
  });

  it('gives the same CID to the same record (a resend can be checked against it)', async () => {
    const agent = await loggedIn();
    const record = { $type: 'app.bsky.feed.post', text: 'Same', createdAt: '2026-11-24T12:00:00.000Z' };
    const a = await agent.com.atproto.repo.createRecord({
      repo: account.externalId,
      collection: 'app.bsky.feed.post',
      rkey: 'a',
      record,
    });
    const b = await agent.com.atproto.repo.createRecord({
      repo: account.externalId,
      collection: 'app.bsky.feed.post',
      rkey: 'b',
      record,
    });
    expect(a.data.cid).toBe(b.data.cid);
  });

  it('validates posts: 300 graphemes at most, not empty', async () => {
    const agent = await loggedIn();
    // 300 graphemes, 600 UTF-16 units: counted as a person sees them.
    await agent.post({ text: '🌸'.repeat(300) });
    const long = await failure(agent.post({ text: 'a'.repeat(301) }));
    expect(long).toMatchObject({ status: 400, error: 'InvalidRequest' });
    expect(long.message).toMatch(/300 graphemes/);
    expect(await failure(agent.post({ text: ' ' }))).toMatchObject({ status: 400, error: 'InvalidRequest' });
  });

  it('refuses a post the app.bsky.feed.post lexicon refuses, such as a mention without a DID', async () => {
    const agent = await loggedIn();
    const refused = await failure(
      agent.post({
        text: '@inconnu.sandbox.test bonjour',
        facets: [
          {
            index: { byteStart: 0, byteEnd: 21 },
            features: [{ $type: 'app.bsky.richtext.facet#mention', did: '' }],
          },
        ],
      }),
    );
    expect(refused).toMatchObject({
      status: 400,
      error: 'InvalidRequest',
      message: 'Invalid app.bsky.feed.post record: Record/facets/0/features/0/did must be a valid did',
    });
    expect((await sandbox.client.posts({ network: 'bluesky' })).total).toBe(0);
  });

  it('refuses a wrong app password, and a 31st session within 5 minutes', async () => {
    const agent = new AtpAgent({ service: account.instanceUrl });
    const error = await failure(
      agent.login({ identifier: 'acme.sandbox.test', password: 'wrong-pass-word' }),
    );
    expect(error).toMatchObject({ status: 401, error: 'AuthenticationRequired' });

    const login = () =>
      fetch(`${account.instanceUrl}/xrpc/com.atproto.server.createSession`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: account.externalId, password: 'abcd-efgh-ijkl-mnop' }),
      });
    for (let i = 0; i < 30; i++) expect((await login()).status).toBe(200);
    const limited = await login();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('ratelimit-policy')).toBe('30;w=300');
  });

  it('resumes a stored session and refreshes it with the refresh token', async () => {
    const session: AtpSessionData = {
      did: account.externalId,
      handle: account.handle,
      accessJwt: account.accessToken,
      refreshJwt: account.refreshToken ?? '',
      active: true,
    };
    const agent = new AtpAgent({ service: account.instanceUrl });
    await agent.resumeSession(session);
    expect(agent.session?.refreshJwt).not.toBe(account.refreshToken);
    await agent.post({ text: 'after resume' });

    const refreshed = await agent.com.atproto.server.refreshSession(undefined, {
      headers: { authorization: `Bearer ${agent.session?.refreshJwt ?? ''}` },
    });
    expect(refreshed.data).toMatchObject({ did: account.externalId, handle: account.handle });
    const me = await fetch(`${account.instanceUrl}/xrpc/com.atproto.server.getSession`, {
      headers: { authorization: `Bearer ${refreshed.data.accessJwt}` },
    });
    expect(await me.json()).toMatchObject({ did: account.externalId });
    expect(me.headers.get('ratelimit-policy')).toBe('5000;w=3600');
    expect(me.headers.get('ratelimit-remaining')).toBe('4997');
  });

  it('answers ExpiredToken once the token expired; the agent refreshes and retries by itself', async () => {
    const agent = await loggedIn();
    await sandbox.client.addFault({
      network: 'bluesky',
      accountId: account.externalId,
      kind: 'expire_token',
    });
    const raw = await fetch(`${account.instanceUrl}/xrpc/com.atproto.server.getSession`, {
      headers: { authorization: `Bearer ${agent.session?.accessJwt ?? ''}` },
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ error: 'ExpiredToken', message: 'Token has expired' });

    await agent.post({ text: 'posted after a refresh' });
    expect((await sandbox.client.posts({ network: 'bluesky' })).posts.map((p) => p.text)).toEqual([
      'posted after a refresh',
    ]);
  });

  it('refuses the refresh on refuse_refresh, and 429s with RateLimit headers', async () => {
    await sandbox.client.addFault({ network: 'bluesky', kind: 'refuse_refresh' });
    const refused = await fetch(`${account.instanceUrl}/xrpc/com.atproto.server.refreshSession`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.refreshToken ?? ''}` },
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'InvalidToken' });

    await sandbox.client.setRateLimit('bluesky', 3, 3600);
    const agent = await loggedIn();
    await agent.post({ text: 'one' });
    const limited = await fetch(`${account.instanceUrl}/xrpc/com.atproto.repo.createRecord`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${agent.session?.accessJwt ?? ''}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        repo: account.externalId,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text: 'two', createdAt: new Date().toISOString() },
      }),
    });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: 'RateLimitExceeded' });
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });
});
