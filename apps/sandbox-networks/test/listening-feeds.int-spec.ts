import { SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import Parser from 'rss-parser';

describe('sandbox listening feeds', () => {
  let sandbox: SandboxNetworks;
  const parser = new Parser();

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    await sandbox.client.injectListening([
      {
        network: 'mastodon',
        kind: 'post',
        text: 'Acme & friends: <b>great</b> launch',
        author: { handle: 'lea' },
      },
      { network: 'x', kind: 'post', text: 'Nothing about the brand' },
      {
        network: 'bluesky',
        kind: 'post',
        text: 'Acme delivery was late again',
        lang: 'fr',
        author: { handle: 'hugo' },
      },
    ]);
  });

  it('serves valid RSS 2.0 of the public posts about a topic, newest first', async () => {
    const response = await fetch(`${sandbox.controlUrl}/feeds/acme.rss`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const feed = await parser.parseString(await response.text());
    expect(feed.title).toBe('Mentions of acme');
    expect(feed.items.map((item) => item.content)).toEqual([
      'Acme delivery was late again',
      'Acme & friends: <b>great</b> launch',
    ]);
    expect(feed.items[1]).toMatchObject({
      categories: ['mastodon'],
      guid: expect.stringMatching(/^mastodon:\d+$/),
    });
    expect(Date.parse(feed.items[0].pubDate ?? '')).not.toBeNaN();
  });

  it('serves valid Atom 1.0 and answers 304 while nothing changed', async () => {
    const url = `${sandbox.controlUrl}/feeds/acme.atom`;
    const first = await fetch(url);
    expect(first.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = await parser.parseString(await first.text());
    expect(feed.items.map((item) => item.title)).toEqual([
      'Acme delivery was late again',
      'Acme & friends: <b>great</b> launch',
    ]);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');

    const unchanged = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    await sandbox.client.injectListening({ network: 'x', kind: 'post', text: 'Acme opens in Lyon' });
    const changed = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await parser.parseString(await changed.text())).items[0].title).toBe('Acme opens in Lyon');
    expect((await fetch(`${sandbox.controlUrl}/feeds/acme.json`)).status).toBe(404);
  });
});
