import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { ApiResponseError } from 'twitter-api-v2';
import { localXClient } from './support/local-x-client';

describe('sandbox X', () => {
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
    account = await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
  });

  const x = (token = account.accessToken) => localXClient(sandbox.endpoints.x, token);

  async function apiError(promise: Promise<unknown>): Promise<ApiResponseError> {
    const error = await promise.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ApiResponseError);
    return error as ApiResponseError;
  }

  it('tweets, replies, and reads back the user, the tweet and the timeline', async () => {
    const started = new Date(Date.now() - 1000).toISOString();
    const { data } = await x().v2.tweet('Spring collection is out');
    expect(data).toMatchObject({ id: expect.stringMatching(/^\d+$/), text: 'Spring collection is out' });
    await x().v2.reply('Link in the first comment: https://example.com', data.id);

    expect((await x().v2.me()).data).toEqual({ id: account.externalId, name: 'acme', username: 'acme' });
    expect((await x().v2.singleTweet(data.id)).data.text).toBe('Spring collection is out');
    const timeline = await x().v2.get(`users/${account.externalId}/tweets`, {
      start_time: started,
      max_results: 20,
      'tweet.fields': 'created_at',
    });
    // The user's timeline lists replies too, newest first.
    expect(timeline.data).toEqual([
      expect.objectContaining({ text: 'Link in the first comment: https://example.com' }),
      expect.objectContaining({ id: data.id, created_at: expect.any(String) }),
    ]);

    const received = await sandbox.client.posts({ network: 'x' });
    expect(received.total).toBe(1);
    const [post] = received.posts;
    expect(post?.comments.map((c) => c.text)).toEqual(['Link in the first comment: https://example.com']);
  });

  it('refuses the same text twice as a duplicate (403), unless duplicates are off', async () => {
    await x().v2.tweet('Same words');
    const duplicate = await apiError(x().v2.tweet('Same words'));
    expect(duplicate.code).toBe(403);
    expect(duplicate.data).toEqual({
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      status: 403,
      title: 'Forbidden',
      type: 'about:blank',
    });
    await sandbox.client.setDuplicateWindow(0);
    await x().v2.tweet('Same words');
    expect((await sandbox.client.posts({ network: 'x' })).total).toBe(2);
  });

  it('counts weighted characters: 280 at most, an emoji counts 2', async () => {
    await x().v2.tweet('🌸'.repeat(140));
    const long = await apiError(x().v2.tweet(`${'🌸'.repeat(140)}!`));
    expect(long.code).toBe(403);
    expect(await apiError(x().v2.tweet(''))).toMatchObject({ code: 400 });
  });

  it('answers 429 with x-rate-limit headers the library reads', async () => {
    await sandbox.client.setRateLimit('x', 1, 900);
    await x().v2.tweet('one');
    const limited = await apiError(x().v2.tweet('two'));
    expect(limited.code).toBe(429);
    expect(limited.rateLimitError).toBe(true);
    expect(limited.rateLimit).toMatchObject({ limit: 1, remaining: 0 });
    expect(limited.rateLimit?.reset).toBeGreaterThan(Date.now() / 1000);
  });

  it('answers 401 for an expired token and refreshes with a rotating refresh token', async () => {
    await sandbox.client.addFault({ network: 'x', accountId: account.externalId, kind: 'expire_token' });
    expect((await apiError(x().v2.tweet('expired'))).code).toBe(401);

    const oauth = localXClient(sandbox.endpoints.x, { clientId: 'relais-client' });
    const refreshed = await oauth.refreshOAuth2Token(account.refreshToken ?? '');
    expect(refreshed.refreshToken).toBeDefined();
    expect(refreshed.refreshToken).not.toBe(account.refreshToken);
    expect(refreshed.expiresIn).toBe(7200);
    await refreshed.client.v2.tweet('after refresh');

    const reused = await apiError(oauth.refreshOAuth2Token(account.refreshToken ?? ''));
    expect(reused.code).toBe(400);
    expect(reused.data).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses the refresh with invalid_grant on refuse_refresh', async () => {
    await sandbox.client.addFault({ network: 'x', kind: 'refuse_refresh' });
    const response = await fetch(`${sandbox.endpoints.x}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: account.refreshToken ?? '',
        client_id: 'c',
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers 402 when a fail fault names it, with X credits problem', async () => {
    await sandbox.client.addFault({ network: 'x', kind: 'fail', status: 402 });
    const error = await apiError(x().v2.tweet('no credits'));
    expect(error.code).toBe(402);
    expect(error.data).toMatchObject({ title: 'CreditsDepleted' });
    await x().v2.tweet('credits back');
  });
});
