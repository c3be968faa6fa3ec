import { SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { rawRequest } from './support/raw-request';

describe('sandbox control API', () => {
  let sandbox: SandboxNetworks;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
  });

  it('reports one base URL per network, and the Jetstream WebSocket base', () => {
    const { jetstream, ...networks } = sandbox.endpoints;
    expect(Object.keys(networks).sort()).toEqual(['bluesky', 'facebook_page', 'linkedin', 'mastodon', 'x']);
    for (const url of Object.values(networks)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(jetstream).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
  });

  it('keeps tokens working across a restart (they are signed, not stored)', async () => {
    const x = await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
    const bluesky = await sandbox.client.provisionAccount({ network: 'bluesky', handle: 'acme' });
    await sandbox.restart();

    const me = await fetch(`${sandbox.endpoints.x}/2/users/me`, {
      headers: { authorization: `Bearer ${x.accessToken}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { data: { id: string } }).data.id).toBe(x.externalId);
    const refreshed = await fetch(`${sandbox.endpoints.x}/2/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: x.refreshToken ?? '',
        client_id: 'c',
      }),
    });
    expect(refreshed.status).toBe(200);
    // A default Bluesky account still logs in with its app password.
    const session = await fetch(`${sandbox.endpoints.bluesky}/xrpc/com.atproto.server.createSession`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: bluesky.handle, password: bluesky.appPassword }),
    });
    expect(await session.json()).toMatchObject({ did: bluesky.externalId });
  });

  it('lets a token expire at the time it says, then answers the network expired-token error', async () => {
    const account = await sandbox.client.provisionAccount({ network: 'linkedin', tokenTtlSeconds: 1 });
    expect(Date.parse(account.expiresAt ?? '') - Date.now()).toBeLessThanOrEqual(1000);
    const me = () =>
      fetch(
        `${sandbox.endpoints.linkedin}/rest/posts?q=author&author=${encodeURIComponent(account.externalId)}`,
        {
          headers: {
            authorization: `Bearer ${account.accessToken}`,
            'LinkedIn-Version': '202510',
            'X-Restli-Protocol-Version': '2.0.0',
          },
        },
      );
    expect((await me()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await me();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'EXPIRED_ACCESS_TOKEN' });
  });

  it('drop_after_commit stores the post and closes the socket unanswered: a blind retry duplicates it', async () => {
    const account = await sandbox.client.provisionAccount({ network: 'x' });
    await sandbox.client.setDuplicateWindow(0);
    await sandbox.client.addFault({ network: 'x', accountId: account.externalId, kind: 'drop_after_commit' });
    const send = () =>
      rawRequest(`${sandbox.endpoints.x}/2/tweets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${account.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Only once, hopefully' }),
      });

    expect(await send()).toEqual({ kind: 'dropped', code: 'ECONNRESET' });
    const afterDrop = await sandbox.client.posts({ network: 'x', accountId: account.externalId });
    expect(afterDrop.total).toBe(1);
    expect(afterDrop.posts[0]).toMatchObject({ text: 'Only once, hopefully', accountId: account.externalId });

    expect(await send()).toMatchObject({ kind: 'answered', status: 201 });
    expect((await sandbox.client.posts({ network: 'x' })).counts).toEqual({ [account.externalId]: 2 });
  });

  it('applies a network-wide fault to any account and an account fault to that account only', async () => {
    const a = await sandbox.client.provisionAccount({ network: 'mastodon' });
    const b = await sandbox.client.provisionAccount({ network: 'mastodon' });
    await sandbox.client.addFault({
      network: 'mastodon',
      accountId: a.externalId,
      kind: 'fail',
      status: 500,
    });
    const status = async (token: string) =>
      (
        await fetch(`${sandbox.endpoints.mastodon}/api/v1/statuses`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'hi' }),
        })
      ).status;
    expect(await status(b.accessToken)).toBe(200);
    expect(await status(a.accessToken)).toBe(500);
    expect(await status(a.accessToken)).toBe(200);
    await sandbox.client.addFault({ network: 'mastodon', kind: 'fail', count: 2 });
    expect([await status(b.accessToken), await status(a.accessToken), await status(a.accessToken)]).toEqual([
      503, 503, 200,
    ]);
  });

  it('starts a fault after the writes it lets through: the Nth post fails or loses its answer', async () => {
    const account = await sandbox.client.provisionAccount({ network: 'x' });
    const send = (text: string) =>
      rawRequest(`${sandbox.endpoints.x}/2/tweets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${account.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
    await sandbox.client.addFault({ network: 'x', accountId: account.externalId, kind: 'fail', after: 1 });
    expect(await send('one')).toMatchObject({ kind: 'answered', status: 201 });
    expect(await send('two')).toMatchObject({ kind: 'answered', status: 503 });
    expect(await send('three')).toMatchObject({ kind: 'answered', status: 201 });

    await sandbox.client.addFault({
      network: 'x',
      accountId: account.externalId,
      kind: 'drop_after_commit',
      after: 2,
    });
    expect(await sandbox.client.faults()).toEqual([expect.objectContaining({ after: 2, remaining: 1 })]);
    expect(await send('four')).toMatchObject({ kind: 'answered', status: 201 });
    expect(await send('five')).toMatchObject({ kind: 'answered', status: 201 });
    expect(await send('six')).toEqual({ kind: 'dropped', code: 'ECONNRESET' });
    expect(await sandbox.client.faults()).toEqual([]);
    expect((await sandbox.client.posts({ network: 'x' })).counts).toEqual({ [account.externalId]: 5 });
  });

  it('lists what was received with millisecond arrival times, and forgets it on reset', async () => {
    const account = await sandbox.client.provisionAccount({ network: 'mastodon' });
    const before = Date.now();
    await fetch(`${sandbox.endpoints.mastodon}/api/v1/statuses`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${account.accessToken}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ status: 'Form body', visibility: 'unlisted' }),
    });
    const { posts } = await sandbox.client.posts();
    expect(posts).toEqual([
      expect.objectContaining({
        network: 'mastodon',
        accountId: account.externalId,
        text: 'Form body',
        requestId: expect.any(String),
        receivedAt: expect.stringMatching(/\.\d{3}Z$/),
      }),
    ]);
    expect(posts[0]?.receivedAtMs).toBeGreaterThanOrEqual(before);
    await sandbox.client.reset();
    expect((await sandbox.client.posts()).total).toBe(0);
  });

  it('explains what is wrong with a control request', async () => {
    const response = await fetch(`${sandbox.controlUrl}/control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ network: 'myspace', kind: 'explode' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ field: string }> };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['kind', 'network']);
  });
});
