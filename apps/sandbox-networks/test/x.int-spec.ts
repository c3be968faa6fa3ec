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

  it('threads replies under the previous one and refuses a reply to a post that is not there', async () => {
    const first = await x().v2.tweet('Thread, part one');
    const second = await x().v2.reply('Thread, part two', first.data.id);
    const read = await x().v2.singleTweet(second.data.id, { 'tweet.fields': ['referenced_tweets'] });
    expect(read.data.referenced_tweets).toEqual([{ type: 'replied_to', id: first.data.id }]);

    const error = await apiError(x().v2.reply('Into the void', '1234567890123456789'));
    expect(error.code).toBe(403);
    expect(error.data).toMatchObject({
      detail: 'You attempted to reply to a Tweet that is deleted or not visible to you.',
    });
    expect((await sandbox.client.posts({ network: 'x' })).total).toBe(1);
  });

  /** The next whole second, once it has begun: posts after it are within a `start_time` of it. */
  async function nextSecond(): Promise<string> {
    const next = Math.ceil((Date.now() + 1) / 1000) * 1000;
    await new Promise((resolve) => setTimeout(resolve, next - Date.now() + 5));
    return `${new Date(next).toISOString().slice(0, 19)}Z`;
  }

  it('pages a timeline window through the library’s paginator: start_time, max_results, next_token', async () => {
    for (let i = 0; i < 3; i++) await x().v2.tweet(`Before the window ${i}`);
    const start = await nextSecond();
    for (let i = 0; i < 23; i++) await x().v2.tweet(`In the window ${i}`);

    const paginator = await x().v2.userTimeline(account.externalId, {
      start_time: start,
      max_results: 10,
      'tweet.fields': ['created_at'],
    });
    expect(paginator.tweets).toHaveLength(10);
    expect(paginator.meta.next_token).toEqual(expect.any(String));
    const pages = [paginator.tweets.length];
    while (!paginator.done) {
      const before = paginator.tweets.length;
      await paginator.fetchNext();
      pages.push(paginator.tweets.length - before);
    }
    expect(pages).toEqual([10, 10, 3]);
    expect(paginator.tweets.map((tweet) => tweet.text)).toEqual(
      Array.from({ length: 23 }, (_, i) => `In the window ${22 - i}`),
    );
    expect(paginator.tweets.every((tweet) => Date.parse(tweet.created_at ?? '') >= Date.parse(start))).toBe(
      true,
    );
  });

  it('goes back with previous_token, bounds by end_time and until_id, excludes replies', async () => {
    const first = await x().v2.tweet('Oldest');
    await x().v2.reply('A reply', first.data.id);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await x().v2.tweet(`Post ${i}`)).data.id);
    const get = (params: Record<string, string | number>) =>
      x().v2.get<{ data?: { id: string; text: string }[]; meta: Record<string, string | number> }>(
        `users/${account.externalId}/tweets`,
        params,
      );

    const newest = await get({ max_results: 5, exclude: 'replies' });
    const second = await get({
      max_results: 5,
      exclude: 'replies',
      pagination_token: String(newest.meta.next_token),
    });
    expect(second.data?.map((tweet) => tweet.id)).toEqual(ids.slice(2, 7).reverse());
    const back = await get({
      max_results: 5,
      exclude: 'replies',
      pagination_token: String(second.meta.previous_token),
    });
    expect(back.data?.map((tweet) => tweet.id)).toEqual(newest.data?.map((tweet) => tweet.id));
    expect(back.meta.previous_token).toBeUndefined();
    const last = await get({ max_results: 5, exclude: 'replies', until_id: ids[0] });
    expect(last.data?.map((tweet) => tweet.text)).toEqual(['Oldest']);
    expect(last.meta.next_token).toBeUndefined();
    const withReplies = await get({ max_results: 5, until_id: ids[0] });
    expect(withReplies.data?.map((tweet) => tweet.text)).toEqual(['A reply', 'Oldest']);
    const ended = await get({ max_results: 100, end_time: '2010-11-06T00:00:01Z' });
    expect(ended).toMatchObject({ meta: { result_count: 0 } });
    expect(ended.data).toBeUndefined();
  });

  it('refuses timeline parameters X refuses: max_results outside 5..100, a bad instant, token or window', async () => {
    const path = `users/${account.externalId}/tweets`;
    expect(await apiError(x().v2.get(path, { max_results: 101 }))).toMatchObject({ code: 400 });
    expect(await apiError(x().v2.get(path, { max_results: 4 }))).toMatchObject({ code: 400 });
    expect(await apiError(x().v2.get(path, { start_time: 'yesterday' }))).toMatchObject({ code: 400 });
    expect(
      await apiError(
        x().v2.get(path, { start_time: '2026-01-02T00:00:00Z', end_time: '2026-01-01T00:00:00Z' }),
      ),
    ).toMatchObject({ code: 400 });
    const badToken = await apiError(x().v2.get(path, { pagination_token: 'not a token' }));
    expect(badToken.data).toMatchObject({
      errors: [{ parameters: { pagination_token: [] } }],
      title: 'Invalid Request',
    });
    expect(await apiError(x().v2.get(path, { exclude: 'quotes' }))).toMatchObject({ code: 400 });
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
