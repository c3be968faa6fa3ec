import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { createRestAPIClient, MastoHttpError } from 'masto';
import { rawRequest } from './support/raw-request';

// masto's CommonJS build requires `change-case`, published as an ES module only.
jest.mock('change-case', () =>
  jest
    .requireActual<typeof import('./support/esm-as-commonjs')>('./support/esm-as-commonjs')
    .esmAsCommonJs('change-case'),
);

describe('sandbox Mastodon', () => {
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
    account = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
  });

  const masto = (accessToken = account.accessToken) =>
    createRestAPIClient({ url: account.instanceUrl, accessToken });

  async function httpError(promise: Promise<unknown>): Promise<MastoHttpError> {
    const error = await promise.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(MastoHttpError);
    return error as MastoHttpError;
  }

  it('publishes once for two requests with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'publication-1' };
    const first = await masto().v1.statuses.create(
      { status: 'Spring sale <3' },
      { requestInit: { headers } },
    );
    const second = await masto().v1.statuses.create(
      { status: 'Spring sale <3' },
      { requestInit: { headers } },
    );

    expect(second.id).toBe(first.id);
    expect(first.content).toBe('<p>Spring sale &lt;3</p>');
    expect(first.url).toBe(`${account.instanceUrl}/@acme/${first.id}`);
    const received = await sandbox.client.posts({ network: 'mastodon', accountId: account.externalId });
    expect(received.total).toBe(1);
    expect(received.counts).toEqual({ [account.externalId]: 1 });

    const other = await masto().v1.statuses.create(
      { status: 'Spring sale <3' },
      { requestInit: { headers: { 'Idempotency-Key': 'publication-2' } } },
    );
    expect(other.id).not.toBe(first.id);
  });

  it('reads back the account, its statuses and the instance limits', async () => {
    const status = await masto().v1.statuses.create({ status: 'Hello' });
    const me = await masto().v1.accounts.verifyCredentials();
    expect(me).toMatchObject({ id: account.externalId, username: 'acme', statusesCount: 1 });
    const statuses = await masto().v1.accounts.$select(account.externalId).statuses.list();
    expect(statuses.map((s) => s.id)).toEqual([status.id]);
    expect((await masto().v1.statuses.$select(status.id).fetch()).content).toBe('<p>Hello</p>');
    const instance = await masto().v2.instance.fetch();
    expect(instance.configuration.statuses.maxCharacters).toBe(500);
  });

  it('answers a status in reply to one the account can see, and 404 for one it cannot', async () => {
    const first = await masto().v1.statuses.create({ status: 'Thread, part one' });
    const second = await masto().v1.statuses.create({ status: 'Thread, part two', inReplyToId: first.id });
    expect(second.inReplyToId).toBe(first.id);

    const missing = await httpError(masto().v1.statuses.create({ status: 'Lost', inReplyToId: '999' }));
    expect(missing.statusCode).toBe(404);
    expect(missing.message).toBe('The post you are trying to reply to does not appear to exist.');

    const other = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'other' });
    const direct = await masto(other.accessToken).v1.statuses.create({
      status: 'Only for me',
      visibility: 'direct',
    });
    const hidden = await httpError(masto().v1.statuses.create({ status: 'Peek', inReplyToId: direct.id }));
    expect(hidden.statusCode).toBe(404);
    const statuses = await masto().v1.accounts.$select(account.externalId).statuses.list();
    expect(statuses.map((status) => status.id)).toEqual([second.id, first.id]);
  });

  it('pages an account’s statuses through the library’s paginator with the Link header (max_id, limit)', async () => {
    const created: string[] = [];
    for (let i = 0; i < 45; i++) created.push((await masto().v1.statuses.create({ status: `Post ${i}` })).id);
    await masto().v1.statuses.create({ status: 'A reply', inReplyToId: created[0] });

    const pages: string[][] = [];
    for await (const page of masto()
      .v1.accounts.$select(account.externalId)
      .statuses.list({ limit: 20, excludeReplies: true })) {
      pages.push(page.map((status) => status.id));
    }
    // Full pages link to the next one; the page after the last is empty.
    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual([...created].reverse());

    const url = `${account.instanceUrl}/api/v1/accounts/${account.externalId}/statuses`;
    const first = await fetch(`${url}?limit=80&exclude_replies=true`, {
      headers: { authorization: `Bearer ${account.accessToken}` },
    });
    expect(((await first.json()) as unknown[]).length).toBe(40);
    expect(first.headers.get('link')).toBe(
      `<${url}?limit=80&exclude_replies=true&max_id=${created[5]}>; rel="next", ` +
        `<${url}?limit=80&exclude_replies=true&min_id=${created[44]}>; rel="prev"`,
    );
    const empty = await fetch(`${url}?max_id=${created[0]}`, {
      headers: { authorization: `Bearer ${account.accessToken}` },
    });
    expect(await empty.json()).toEqual([]);
    expect(empty.headers.get('link')).toBeNull();
  });

  it('min_id answers the statuses just above it, since_id the newest ones, both newest first', async () => {
    const created: string[] = [];
    for (let i = 0; i < 10; i++) created.push((await masto().v1.statuses.create({ status: `Post ${i}` })).id);
    const list = (params: Record<string, string | number>) =>
      masto().v1.accounts.$select(account.externalId).statuses.list(params);
    expect((await list({ minId: created[2], limit: 3 })).map((status) => status.id)).toEqual([
      created[5],
      created[4],
      created[3],
    ]);
    expect((await list({ sinceId: created[2], limit: 3 })).map((status) => status.id)).toEqual([
      created[9],
      created[8],
      created[7],
    ]);
  });

  it('answers 401 for a wrong or expired token, and 422 for a blank or too long status', async () => {
    expect((await httpError(masto('not-a-token').v1.statuses.create({ status: 'x' }))).statusCode).toBe(401);

    await sandbox.client.addFault({
      network: 'mastodon',
      accountId: account.externalId,
      kind: 'expire_token',
    });
    const expired = await httpError(masto().v1.statuses.create({ status: 'x' }));
    expect(expired.statusCode).toBe(401);
    expect(expired.message).toBe('The access token expired');

    const fresh = await sandbox.client.provisionAccount({
      network: 'mastodon',
      externalId: account.externalId,
    });
    const blank = await httpError(masto(fresh.accessToken).v1.statuses.create({ status: '  ' }));
    expect(blank.statusCode).toBe(422);
    expect(blank.message).toBe("Validation failed: Text can't be blank");
    const long = await httpError(masto(fresh.accessToken).v1.statuses.create({ status: 'a'.repeat(501) }));
    expect(long.message).toBe('Validation failed: Text character limit of 500 exceeded');
    // A long link counts as 23 characters.
    await masto(fresh.accessToken).v1.statuses.create({
      status: `${'a'.repeat(470)} https://example.com/${'x'.repeat(80)}`,
    });
  });

  it('answers 429 with X-RateLimit headers once the window is spent, and on a rate_limit fault', async () => {
    await sandbox.client.setRateLimit('mastodon', 2, 300);
    const first = await fetch(`${account.instanceUrl}/api/v1/statuses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'one' }),
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await masto().v1.statuses.create({ status: 'two' });
    const limited = await httpError(masto().v1.statuses.create({ status: 'three' }));
    expect(limited.statusCode).toBe(429);
    expect(limited.message).toBe('Too many requests');
    const headers = (limited.cause as Response).headers;
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Date.parse(headers.get('x-ratelimit-reset') ?? '');
    expect(reset).toBeGreaterThan(Date.now());
    expect(reset % 300_000).toBe(0);

    await sandbox.client.setRateLimit('mastodon', 300, 300);
    await sandbox.client.addFault({ network: 'mastodon', kind: 'rate_limit', retryAfterSeconds: 120 });
    const faulted = await httpError(masto().v1.statuses.create({ status: 'four' }));
    expect(faulted.statusCode).toBe(429);
    const faultReset = Date.parse((faulted.cause as Response).headers.get('x-ratelimit-reset') ?? '');
    expect(faultReset - Date.now()).toBeGreaterThan(100_000);
    await masto().v1.statuses.create({ status: 'five' });
    expect((await sandbox.client.posts({ network: 'mastodon' })).total).toBe(3);
  });

  it('fails the next N posts with the fault status, then publishes again', async () => {
    await sandbox.client.addFault({
      network: 'mastodon',
      accountId: account.externalId,
      kind: 'fail',
      count: 2,
      status: 503,
    });
    expect((await httpError(masto().v1.statuses.create({ status: 'a' }))).statusCode).toBe(503);
    expect((await sandbox.client.faults())[0]?.remaining).toBe(1);
    expect((await httpError(masto().v1.statuses.create({ status: 'a' }))).statusCode).toBe(503);
    expect(await sandbox.client.faults()).toEqual([]);
    await masto().v1.statuses.create({ status: 'a' });
    expect((await sandbox.client.posts({ network: 'mastodon' })).total).toBe(1);
  });

  it('stores the post then drops the connection on drop_after_commit; the same key then answers that post', async () => {
    await sandbox.client.addFault({ network: 'mastodon', kind: 'drop_after_commit' });
    const body = JSON.stringify({ status: 'Launch day' });
    const headers = {
      authorization: `Bearer ${account.accessToken}`,
      'content-type': 'application/json',
      'idempotency-key': 'launch',
    };
    const dropped = await rawRequest(`${account.instanceUrl}/api/v1/statuses`, {
      method: 'POST',
      headers,
      body,
    });
    expect(dropped).toEqual({ kind: 'dropped', code: 'ECONNRESET' });
    const received = await sandbox.client.posts({ network: 'mastodon' });
    expect(received.posts.map((post) => post.text)).toEqual(['Launch day']);

    const retried = await rawRequest(`${account.instanceUrl}/api/v1/statuses`, {
      method: 'POST',
      headers,
      body,
    });
    expect(retried).toMatchObject({ kind: 'answered', status: 200 });
    expect(JSON.parse(retried.kind === 'answered' ? retried.body : '{}')).toMatchObject({
      id: received.posts[0]?.id,
    });
    expect((await sandbox.client.posts({ network: 'mastodon' })).total).toBe(1);
  });

  it('waits the configured latency before answering, per network', async () => {
    await sandbox.client.setLatency(250, 'mastodon');
    const started = Date.now();
    await masto().v1.statuses.create({ status: 'slow' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const [post] = (await sandbox.client.posts({ network: 'mastodon' })).posts;
    expect(post?.receivedAtMs).toBeGreaterThanOrEqual(started);
    expect(post?.receivedAtMs).toBeLessThan(started + 200);

    const quick = Date.now();
    await fetch(`${sandbox.endpoints.x}/2/users/me`);
    expect(Date.now() - quick).toBeLessThan(200);
  });
});
