import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';

describe('sandbox Facebook Pages', () => {
  let sandbox: SandboxNetworks;
  let page: SandboxAccountCredentials;
  let graph: string;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
    graph = `${sandbox.endpoints.facebook_page}/v23.0`;
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    page = await sandbox.client.provisionAccount({ network: 'facebook_page', handle: 'Acme Bakery' });
  });

  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });

  const publish = (message: string, token = page.accessToken) =>
    fetch(
      `${graph}/${page.externalId}/feed`,
      form({ message, link: 'https://example.com', access_token: token }),
    );

  it('publishes to the page feed, comments, and reads both back', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const response = await publish('Fresh bread today');
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(new RegExp(`^${page.externalId}_\\d+$`));
    expect(JSON.parse(response.headers.get('x-page-usage') ?? '{}')).toMatchObject({ call_count: 0 });
    expect(JSON.parse(response.headers.get('x-app-usage') ?? '{}')).toHaveProperty('call_count');

    const comment = await fetch(
      `${graph}/${id}/comments`,
      form({ message: 'Open 8-18', access_token: page.accessToken }),
    );
    expect(await comment.json()).toEqual({ id: expect.stringMatching(/^\d+_\d+$/) });

    const feed = await fetch(
      `${graph}/${page.externalId}/feed?since=${since}&fields=id,message,created_time,permalink_url&access_token=${page.accessToken}`,
    );
    const { data } = (await feed.json()) as { data: Array<Record<string, string>> };
    expect(data).toEqual([
      {
        id,
        message: 'Fresh bread today',
        created_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
        permalink_url: `https://www.facebook.com/${page.externalId}/posts/${id.split('_')[1]}`,
      },
    ]);
    const later = await fetch(`${graph}/${page.externalId}/feed?since=${since + 3600}`, {
      headers: { authorization: `Bearer ${page.accessToken}` },
    });
    expect(((await later.json()) as { data: unknown[] }).data).toEqual([]);

    const single = await fetch(`${graph}/${id}?fields=message&access_token=${page.accessToken}`);
    expect(await single.json()).toEqual({ id, message: 'Fresh bread today' });
    const [post] = (await sandbox.client.posts({ network: 'facebook_page' })).posts;
    expect(post?.comments.map((c) => c.text)).toEqual(['Open 8-18']);
  });

  it('pages the feed and published_posts in a since/until window by cursors, following paging.next', async () => {
    for (let i = 0; i < 3; i++) await publish(`Before the window ${i}`);
    const since = Math.ceil((Date.now() + 1) / 1000);
    await new Promise((resolve) => setTimeout(resolve, since * 1000 - Date.now() + 5));
    for (let i = 0; i < 12; i++) await publish(`In the window ${i}`);

    for (const edge of ['feed', 'published_posts']) {
      const pages: string[][] = [];
      let next: string | undefined =
        `${graph}/${page.externalId}/${edge}?since=${since}&until=${since + 3600}&limit=5&fields=id,message&access_token=${page.accessToken}`;
      while (next) {
        const response = await fetch(next);
        expect(response.status).toBe(200);
        const body = (await response.json()) as {
          data: { message: string }[];
          paging?: { cursors: { before: string; after: string }; next?: string; previous?: string };
        };
        pages.push(body.data.map((post) => post.message));
        if (pages.length > 1) expect(body.paging?.previous).toContain('before=');
        next = body.paging?.next;
      }
      expect(pages.map((list) => list.length)).toEqual([5, 5, 2]);
      expect(pages.flat()).toEqual(Array.from({ length: 12 }, (_, i) => `In the window ${11 - i}`));
    }
    const capped = await fetch(`${graph}/${page.externalId}/feed?limit=500&access_token=${page.accessToken}`);
    expect(((await capped.json()) as { data: unknown[] }).data).toHaveLength(15);
    const before = await fetch(
      `${graph}/${page.externalId}/feed?until=${since - 1}&limit=100&access_token=${page.accessToken}`,
    );
    expect(
      ((await before.json()) as { data: { message: string }[] }).data.map((post) => post.message),
    ).toEqual(['Before the window 2', 'Before the window 1', 'Before the window 0']);
    const badCursor = await fetch(
      `${graph}/${page.externalId}/feed?after=nope&access_token=${page.accessToken}`,
    );
    expect(badCursor.status).toBe(400);
    expect(await badCursor.json()).toMatchObject({ error: { code: 100 } });
  });
  it('refuses a duplicate with code 506 and an empty post with code 100', async () => {
    await publish('Same words');
    const duplicate = await publish('Same words');
    expect(duplicate.status).toBe(400);
    expect(await duplicate.json()).toMatchObject({
      error: {
        message: 'Duplicate status message',
        type: 'OAuthException',
        code: 506,
        fbtrace_id: expect.any(String),
      },
    });
    const empty = await fetch(`${graph}/${page.externalId}/feed`, form({ access_token: page.accessToken }));
    expect(await empty.json()).toMatchObject({ error: { code: 100 } });
    const long = await publish('a'.repeat(63_207));
    expect(await long.json()).toMatchObject({ error: { code: 100 } });
  });

  it('answers code 190 for an expired token and 200 for another page', async () => {
    await sandbox.client.addFault({ network: 'facebook_page', kind: 'expire_token' });
    const expired = await publish('Expired');
    expect(expired.status).toBe(400);
    expect(await expired.json()).toMatchObject({
      error: { type: 'OAuthException', code: 190, error_subcode: 463 },
    });

    const other = await sandbox.client.provisionAccount({ network: 'facebook_page' });
    const elsewhere = await fetch(
      `${graph}/${page.externalId}/feed`,
      form({ message: 'Not mine', access_token: other.accessToken }),
    );
    expect(elsewhere.status).toBe(403);
    expect(await elsewhere.json()).toMatchObject({ error: { code: 200 } });
  });

  it('throttles with code 32 and a full X-Page-Usage, from the window or a fault', async () => {
    await sandbox.client.setRateLimit('facebook_page', 2, 3600);
    expect((await publish('one')).status).toBe(200);
    const half = await publish('two');
    expect(JSON.parse(half.headers.get('x-page-usage') ?? '{}')).toMatchObject({ call_count: 100 });
    const throttled = await publish('three');
    expect(throttled.status).toBe(400);
    expect(await throttled.json()).toMatchObject({ error: { code: 32, is_transient: true } });
    const usage = JSON.parse(throttled.headers.get('x-page-usage') ?? '{}') as Record<string, number>;
    expect(usage.call_count).toBe(100);
    expect(usage.estimated_time_to_regain_access).toBeGreaterThan(0);

    await sandbox.client.setRateLimit('facebook_page', 200, 3600);
    await sandbox.client.addFault({ network: 'facebook_page', kind: 'rate_limit', status: 403 });
    expect((await publish('four')).status).toBe(403);
    expect((await publish('five')).status).toBe(200);
  });
});
