import { SandboxNetworks, startSandboxNetworks, waitFor } from '@relais/server-testing';

describe('sandbox listening control', () => {
  let sandbox: SandboxNetworks;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks({ env: { LISTENING_MAX_ITEMS: '1000' } });
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
  });

  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${sandbox.controlUrl}/control/listening${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('stores injected items with network ids, in order, and lists them newest first', async () => {
    const account = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
    const [mention, post] = await sandbox.client.injectListening([
      {
        network: 'mastodon',
        kind: 'mention',
        account: 'acme',
        text: '@acme where is my parcel?',
        lang: 'en',
      },
      { network: 'mastodon', kind: 'post', text: 'Acme again on the news', author: { handle: 'reader' } },
    ]);
    expect(mention).toMatchObject({
      kind: 'mention',
      accountId: account.externalId,
      lang: 'en',
      hidden: false,
    });
    expect(BigInt(post.id) > BigInt(mention.id)).toBe(true);
    expect(post.author).toMatchObject({ handle: 'reader', displayName: 'reader' });

    const listed = await sandbox.client.listeningItems({ network: 'mastodon' });
    expect(listed.items.map((item) => item.id)).toEqual([post.id, mention.id]);
    expect((await sandbox.client.listeningItems({ q: 'PARCEL' })).items.map((item) => item.id)).toEqual([
      mention.id,
    ]);
  });

  it('puts a comment under the account latest post, and a reply under that comment', async () => {
    const page = await sandbox.client.provisionAccount({ network: 'facebook_page', handle: 'acme' });
    const published = await fetch(`${sandbox.endpoints.facebook_page}/v21.0/${page.externalId}/feed`, {
      method: 'POST',
      headers: { authorization: `Bearer ${page.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Our spring range is out' }),
    });
    const { id: postId } = (await published.json()) as { id: string };
    const [comment] = await sandbox.client.injectListening({
      network: 'facebook_page',
      kind: 'comment',
      account: 'acme',
      text: 'Love it',
    });
    expect(comment).toMatchObject({ parentId: postId, rootId: postId, accountId: page.externalId });
    expect(comment.id).toMatch(/^\d+_\d+$/);
    const [reply] = await sandbox.client.injectListening({
      network: 'facebook_page',
      kind: 'reply',
      account: 'acme',
      text: 'Me too',
    });
    expect(reply).toMatchObject({ parentId: comment.id, rootId: postId });
  });

  it('refuses what it cannot place with a 400 that names the field', async () => {
    const noAccount = await control('POST', '/items', {
      network: 'x',
      kind: 'mention',
      account: 'ghost',
      text: 'hi',
    });
    expect(noAccount.status).toBe(400);
    expect(await noAccount.json()).toMatchObject({
      errors: [{ field: 'account', message: 'names no x account provisioned since the last start' }],
    });
    const badKind = await control('POST', '/items', { items: [{ network: 'x', kind: 'shout', text: 'hi' }] });
    expect(badKind.status).toBe(400);
    expect(await badKind.json()).toMatchObject({ errors: [{ field: 'items.0.kind' }] });
    const badStream = await control('PUT', '/stream', { ratePerSecond: -1, topics: [] });
    expect(badStream.status).toBe(400);
    const fields = ((await badStream.json()) as { errors: Array<{ field: string }> }).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['ratePerSecond', 'topics']));
    expect((await sandbox.client.listeningItems()).items).toEqual([]);
  });

  it('streams generated items at the rate asked, on each network surface, and stops', async () => {
    await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
    await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
    await sandbox.client.startListeningStream({
      ratePerSecond: 200,
      networks: ['mastodon', 'x'],
      topics: [{ brand: 'Acme', handles: { mastodon: 'acme', x: 'acme' }, keywords: ['acme', 'anvil'] }],
      seed: 7,
    });
    await waitFor(async () => (await sandbox.client.listeningStats()).stored >= 300, { timeoutMs: 5000 });
    const stats = await sandbox.client.listeningStats();
    expect(stats.running).toBe(true);
    expect(stats.emitted.mastodon?.mention).toBeGreaterThan(20);
    expect(stats.emitted.x?.post).toBeGreaterThan(10);
    expect(stats.emitted.x?.message).toBeGreaterThan(0);
    await sandbox.client.stopListeningStream();
    const stopped = (await sandbox.client.listeningStats()).stored;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await sandbox.client.listeningStats();
    expect(after.stored).toBe(stopped);
    // The store is bounded: the oldest items are forgotten beyond the capacity.
    expect(after.capacity).toBe(1000);
    const items = await sandbox.client.listeningItems({ limit: 1000 });
    expect(new Set(items.items.map((item) => item.lang)).size).toBeGreaterThan(2);
  });

  it('keeps at most its capacity, forgetting the oldest', async () => {
    await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
    await sandbox.client.startListeningStream({
      ratePerSecond: 2000,
      networks: ['x'],
      topics: [{ brand: 'Acme', handles: { x: 'acme' } }],
    });
    await waitFor(
      async () => {
        const stats = await sandbox.client.listeningStats();
        return (stats.emitted.x?.mention ?? 0) + (stats.emitted.x?.post ?? 0) > 1500;
      },
      { timeoutMs: 5000 },
    );
    await sandbox.client.stopListeningStream();
    const stats = await sandbox.client.listeningStats();
    expect(stats.stored).toBe(1000);
    const oldest = (await sandbox.client.listeningItems({ limit: 1000 })).items.at(-1);
    expect(oldest?.seq).toBeGreaterThan(500);
  });

  it('runs a crisis of mostly negative mentions about one brand for its duration', async () => {
    await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
    const started = await sandbox.client.listeningCrisis({
      brand: 'Acme',
      ratePerSecond: 300,
      durationSeconds: 1,
      negativeShare: 0.9,
      handles: { mastodon: 'acme' },
    });
    expect(started.crises).toHaveLength(1);
    await waitFor(async () => (await sandbox.client.listeningStats()).crises.length === 0, {
      timeoutMs: 4000,
    });
    const { items } = await sandbox.client.listeningItems({ topic: 'Acme', limit: 1000 });
    expect(items.length).toBeGreaterThan(150);
    expect(items.length).toBeLessThan(400);
    const negative = items.filter((item) => item.sentiment === 'negative').length / items.length;
    expect(negative).toBeGreaterThan(0.8);
    expect(items.filter((item) => item.kind === 'mention').length).toBeGreaterThan(items.length / 3);
  });
});
