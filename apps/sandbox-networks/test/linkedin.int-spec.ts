import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';

describe('sandbox LinkedIn', () => {
  let sandbox: SandboxNetworks;
  let organization: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    organization = await sandbox.client.provisionAccount({ network: 'linkedin', handle: 'Acme' });
  });

  const headers = (token = organization.accessToken) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'LinkedIn-Version': '202510',
    'X-Restli-Protocol-Version': '2.0.0',
  });

  const post = (commentary: string, token?: string) =>
    fetch(`${sandbox.endpoints.linkedin}/rest/posts`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify({
        author: organization.externalId,
        commentary,
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

  it('publishes (201 + x-restli-id) and lists the posts by author, little text read as a person sees it', async () => {
    const response = await post('Launch \\(today\\) \\#news');
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('');
    const urn = response.headers.get('x-restli-id');
    expect(urn).toMatch(/^urn:li:share:\d+$/);

    const listed = await fetch(
      `${sandbox.endpoints.linkedin}/rest/posts?author=${encodeURIComponent(organization.externalId)}&q=author&count=20`,
      { headers: headers() },
    );
    const body = (await listed.json()) as {
      elements: Array<Record<string, unknown>>;
      paging: { total: number };
    };
    expect(body.paging.total).toBe(1);
    expect(body.elements[0]).toMatchObject({
      id: urn,
      author: organization.externalId,
      commentary: 'Launch \\(today\\) \\#news',
      createdAt: expect.any(Number),
    });
    const [received] = (await sandbox.client.posts({ network: 'linkedin' })).posts;
    expect(received?.text).toBe('Launch (today) #news');
  });

  it('pages the author’s posts newest first by start and count (at most 100), with next/prev links', async () => {
    for (let i = 0; i < 12; i++) expect((await post(`Post ${i}`)).status).toBe(201);
    const author = encodeURIComponent(organization.externalId);
    const list = async (query: string) => {
      const response = await fetch(
        `${sandbox.endpoints.linkedin}/rest/posts?author=${author}&q=author&${query}`,
        {
          headers: headers(),
        },
      );
      return {
        status: response.status,
        body: (await response.json()) as {
          elements: { commentary: string }[];
          paging: { start: number; count: number; links: { rel: string; href: string }[] };
        },
      };
    };
    const first = await list('count=5&sortBy=LAST_MODIFIED');
    expect(first.body.elements.map((element) => element.commentary)).toEqual([
      'Post 11',
      'Post 10',
      'Post 9',
      'Post 8',
      'Post 7',
    ]);
    expect(first.body.paging.links).toEqual([
      {
        type: 'application/json',
        rel: 'next',
        href: `/rest/posts?author=${author}&q=author&count=5&sortBy=LAST_MODIFIED&start=5`,
      },
    ]);
    const last = await list('count=5&start=10&sortBy=CREATED');
    expect(last.body.elements.map((element) => element.commentary)).toEqual(['Post 1', 'Post 0']);
    expect(last.body.paging.links.map((link) => link.rel)).toEqual(['prev']);
    expect((await list('count=500')).body.paging.count).toBe(100);
    expect(await list('sortBy=NEWEST')).toMatchObject({ status: 400 });
  });

  it('answers 400 without LinkedIn-Version or X-Restli-Protocol-Version', async () => {
    const url = `${sandbox.endpoints.linkedin}/rest/posts`;
    const noVersion = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${organization.accessToken}` },
    });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({ code: 'VERSION_MISSING' });
    const noProtocol = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${organization.accessToken}`, 'LinkedIn-Version': '202510' },
    });
    expect(noProtocol.status).toBe(400);
  });

  it('answers 422 for a duplicate or a too long commentary, 401 once expired, 429 on a fault', async () => {
    expect((await post('Same words')).status).toBe(201);
    const duplicate = await post('Same words');
    expect(duplicate.status).toBe(422);
    expect(await duplicate.json()).toMatchObject({
      status: 422,
      message: expect.stringMatching(/duplicate/),
    });
    expect((await post('a'.repeat(3001))).status).toBe(422);

    await sandbox.client.addFault({ network: 'linkedin', kind: 'rate_limit' });
    const throttled = await post('Throttled');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBeNull();

    await sandbox.client.addFault({
      network: 'linkedin',
      accountId: organization.externalId,
      kind: 'expire_token',
    });
    const expired = await post('Expired');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ status: 401, code: 'EXPIRED_ACCESS_TOKEN' });
  });

  it('refreshes at /oauth/v2/accessToken, keeping the refresh token; refuse_refresh answers invalid_grant', async () => {
    const refresh = () =>
      fetch(`${sandbox.endpoints.linkedin}/oauth/v2/accessToken`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: organization.refreshToken ?? '',
          client_id: 'relais',
          client_secret: 'secret',
        }),
      });
    const response = await refresh();
    const tokens = (await response.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ expires_in: 60 * 86_400, refresh_token: organization.refreshToken });
    expect((await post('With the new token', tokens.access_token as string)).status).toBe(201);

    await sandbox.client.addFault({ network: 'linkedin', kind: 'refuse_refresh' });
    const refused = await refresh();
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
  });
});
