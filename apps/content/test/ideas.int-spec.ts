import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  AuthResult,
  BrandView,
  ContentSubjects,
  ErrorCode,
  FeedView,
  IdeaStatus,
  IdeaView,
  Network,
  Page,
  PostStatus,
  PostView,
  Role,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { FeedPoller } from '../src/feeds/feed-poller';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, join, signUp } from './support/fixtures';

const rssItem = (n: number, date: string) => `
    <item>
      <title>Tip ${n}: water &amp; light</title>
      <link>https://garden.example/tips/${n}</link>
      <guid>tip-${n}</guid>
      <pubDate>${date}</pubDate>
      <description><![CDATA[<p>Plants <b>love</b> light &eacute;t&eacute;.</p><script>alert(1)</script>]]></description>
    </item>`;

/** Feeds served by a local HTTP server, changeable by the tests. */
class FeedServer {
  rssItems = [
    rssItem(1, 'Mon, 01 Apr 2025 08:00:00 GMT'),
    rssItem(2, 'Tue, 02 Apr 2025 08:00:00 GMT'),
    rssItem(3, 'Wed, 03 Apr 2025 08:00:00 GMT'),
  ];
  private readonly server: Server = createServer((req, res) => {
    switch (req.url ?? '') {
      case '/rss.xml':
        res.setHeader('content-type', 'application/rss+xml');
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Garden tips</title>
          <link>https://garden.example</link>${this.rssItems.join('')}</channel></rss>`);
        return;
      case '/atom.xml':
        res.setHeader('content-type', 'application/atom+xml');
        res.end(`<?xml version="1.0" encoding="utf-8"?>
          <feed xmlns="http://www.w3.org/2005/Atom"><title>Press room</title><id>urn:press</id>
            <updated>2025-04-05T10:00:00Z</updated>
            <entry><title>Launch of the spring range</title><id>urn:press:1</id>
              <link href="https://press.example/spring"/><published>2025-04-04T10:00:00Z</published>
              <updated>2025-04-04T10:00:00Z</updated><summary>Ten new &lt;b&gt;products&lt;/b&gt;.</summary></entry>
            <entry><title>Interview</title><id>urn:press:2</id>
              <link rel="alternate" href="https://press.example/interview"/>
              <updated>2025-04-05T10:00:00Z</updated><content type="html">&lt;p&gt;Our founder speaks.&lt;/p&gt;</content></entry>
          </feed>`);
        return;
      case '/broken.xml':
        res.statusCode = 500;
        res.end('oops');
        return;
      case '/page.html':
        res.setHeader('content-type', 'text/html');
        res.end('<html><body>Not a feed</body></html>');
        return;
      case '/huge.xml':
        res.setHeader('content-type', 'application/rss+xml');
        res.end(`<rss><channel>${'x'.repeat(3 * 1024 * 1024)}</channel></rss>`);
        return;
      case '/slow.xml':
        // Never answers: the reader's deadline must end the request.
        return;
      default:
        res.statusCode = 404;
        res.end();
    }
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('content ideas from feeds', () => {
  const feeds = new FeedServer();
  let base: string;
  let h: ContentHarness;
  let owner: AuthResult;
  let viewer: AuthResult;
  let stranger: AuthResult;
  let brand: BrandView;
  let otherBrand: BrandView;
  let accountIds: string[];

  beforeAll(async () => {
    base = await feeds.start();
    h = await startContent({
      env: { FEED_ALLOW_PRIVATE_HOSTS: 'true', FEED_TIMEOUT_MS: '1500', FEED_POLL_SECONDS: '3600' },
    });
    owner = await signUp(h, 'Ideas Studio');
    brand = await createBrand(h, owner, 'Maison Verdure');
    otherBrand = await createBrand(h, owner, 'Other Brand');
    const accounts = await connectAccounts(h, owner, brand.id, [Network.X, Network.LinkedIn]);
    accountIds = Object.values(accounts).map((account) => account.id);
    viewer = await join(h, owner, { role: Role.BrandViewer, brandIds: [brand.id] });
    stranger = await signUp(h, 'Another Agency');
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await feeds.stop();
  });

  const addFeed = (user: AuthResult, url: string, brandId = brand.id) =>
    h.call<FeedView>(ContentSubjects.feed.add, as(user), { brandId, url });
  const ideas = (user: AuthResult, data: object = {}) =>
    h.call<Page<IdeaView>>(ContentSubjects.idea.list, as(user), { brandId: brand.id, ...data });

  let rss: FeedView;

  it('reads an RSS feed on add: each item becomes an idea, HTML stripped, newest first', async () => {
    rss = await addFeed(owner, `${base}/rss.xml`);
    expect(rss).toMatchObject({ title: 'Garden tips', lastError: null, newIdeaCount: 3, brandId: brand.id });
    expect(rss.lastFetchedAt).not.toBeNull();
    const page = await ideas(owner);
    expect(page.items.map((idea) => idea.title)).toEqual([
      'Tip 3: water & light',
      'Tip 2: water & light',
      'Tip 1: water & light',
    ]);
    expect(page.items[0]).toMatchObject({
      link: 'https://garden.example/tips/3',
      summary: 'Plants love light été.',
      publishedAt: '2025-04-03T08:00:00.000Z',
      status: IdeaStatus.New,
      feedTitle: 'Garden tips',
    });
  });

  it('reads Atom feeds too', async () => {
    const atom = await addFeed(owner, `${base}/atom.xml`);
    expect(atom).toMatchObject({ title: 'Press room', newIdeaCount: 2, lastError: null });
    const titles = (await ideas(owner, { first: 2 })).items.map((idea) => [
      idea.title,
      idea.summary,
      idea.link,
    ]);
    expect(titles).toEqual([
      ['Interview', 'Our founder speaks.', 'https://press.example/interview'],
      ['Launch of the spring range', 'Ten new products.', 'https://press.example/spring'],
    ]);
  });

  it('keeps each item once: reading again only adds what is new', async () => {
    feeds.rssItems.push(rssItem(4, 'Thu, 04 Apr 2025 08:00:00 GMT'));
    const refreshed = await h.call<FeedView>(ContentSubjects.feed.refresh, as(owner), { id: rss.id });
    expect(refreshed.newIdeaCount).toBe(4);
    expect((await ideas(owner)).totalCount).toBe(6);
  });

  it('refuses addresses that are not http(s) URLs, and a feed the brand already follows', async () => {
    for (const [url, constraint] of [
      ['ftp://garden.example/feed', 'httpOnly'],
      ['not a url', 'isUrl'],
      ['https://user:secret@garden.example/feed', 'isUrl'],
    ]) {
      const error = await failure(addFeed(owner, url));
      expect(error.code).toBe(ErrorCode.BadUserInput);
      expect(error.fields).toEqual([expect.objectContaining({ field: 'url', constraint })]);
    }
    const twice = await failure(addFeed(owner, `${base}/rss.xml#again`));
    expect(twice.code).toBe(ErrorCode.Conflict);
    expect(twice.fields?.[0]).toMatchObject({ field: 'url', constraint: 'taken' });
    const saved = await h.sql('SELECT id FROM content.feeds WHERE brand_id = $1', [brand.id]);
    expect(saved).toHaveLength(2);
  });

  it('records why a feed cannot be read, on the feed, and goes on with the others', async () => {
    const errors: Record<string, string | null> = {};
    for (const path of ['broken.xml', 'page.html', 'huge.xml', 'slow.xml']) {
      errors[path] = (await addFeed(owner, `${base}/${path}`, otherBrand.id)).lastError;
    }
    expect(errors['broken.xml']).toBe('The feed’s server answered HTTP 500');
    expect(errors['page.html']).toMatch(/does not serve an RSS or Atom feed/);
    expect(errors['huge.xml']).toBe('The feed is larger than 2 MB');
    expect(errors['slow.xml']).toBe('The feed did not answer within 1500 ms');

    // Everything is due again: one pass reads every brand's feeds, broken ones included.
    feeds.rssItems.push(rssItem(5, 'Fri, 05 Apr 2025 08:00:00 GMT'));
    await h.sql(`UPDATE content.feeds SET last_fetched_at = now() - interval '2 hours'`);
    const pass = await h.app.get(FeedPoller).runOnce();
    expect(pass).toEqual({ read: 2, failed: 4, added: 1 });
    expect((await ideas(owner, { status: IdeaStatus.New })).totalCount).toBe(7);
    const listed = await h.call<FeedView[]>(ContentSubjects.feed.list, as(owner), { brandId: otherBrand.id });
    expect(listed.map((feed) => feed.lastError)).toEqual(Object.values(errors));
  });

  it('dismisses an idea; the list filters by status', async () => {
    const [first] = (await ideas(owner)).items;
    const dismissed = await h.call<IdeaView>(ContentSubjects.idea.dismiss, as(owner), { id: first.id });
    expect(dismissed.status).toBe(IdeaStatus.Dismissed);
    const fresh = await ideas(owner, { status: IdeaStatus.New });
    expect(fresh.items.map((idea) => idea.id)).not.toContain(first.id);
    expect((await ideas(owner, { status: IdeaStatus.Dismissed })).items.map((idea) => idea.id)).toEqual([
      first.id,
    ]);
  });

  it('makes a draft of an idea in one step, once, and marks it drafted', async () => {
    const idea = (await ideas(owner, { status: IdeaStatus.New })).items.find(
      (i) => i.title === 'Tip 2: water & light',
    );
    if (!idea) throw new Error('missing idea');
    const post = await h.call<PostView>(ContentSubjects.idea.toDraft, as(owner), {
      ideaId: idea.id,
      accountIds,
    });
    expect(post).toMatchObject({
      brandId: brand.id,
      title: 'Tip 2: water & light',
      baseText: 'Tip 2: water & light\n\nhttps://garden.example/tips/2',
      linkUrl: 'https://garden.example/tips/2',
      status: PostStatus.Draft,
    });
    const again = await h.call<PostView>(ContentSubjects.idea.toDraft, as(owner), {
      ideaId: idea.id,
      accountIds,
    });
    expect(again.id).toBe(post.id);
    const drafted = await ideas(owner, { status: IdeaStatus.Drafted });
    expect(drafted.items).toEqual([expect.objectContaining({ id: idea.id, postId: post.id })]);
    const dismiss = await failure(h.call(ContentSubjects.idea.dismiss, as(owner), { id: idea.id }));
    expect(dismiss.code).toBe(ErrorCode.Conflict);
  });

  it('refuses another agency with NOT_FOUND and a brand viewer with FORBIDDEN', async () => {
    const [idea] = (await ideas(owner, { status: IdeaStatus.New })).items;
    for (const [subject, data] of [
      [ContentSubjects.feed.refresh, { id: rss.id }],
      [ContentSubjects.feed.remove, { id: rss.id }],
      [ContentSubjects.feed.list, { brandId: brand.id }],
      [ContentSubjects.idea.list, { brandId: brand.id }],
      [ContentSubjects.idea.dismiss, { id: idea.id }],
      [ContentSubjects.idea.toDraft, { ideaId: idea.id, accountIds }],
    ] as const) {
      expect((await failure(h.call(subject, as(stranger), data))).code).toBe(ErrorCode.NotFound);
    }
    expect((await ideas(viewer)).totalCount).toBe(7);
    expect((await failure(addFeed(viewer, `${base}/atom.xml`))).code).toBe(ErrorCode.Forbidden);
    expect((await failure(h.call(ContentSubjects.idea.dismiss, as(viewer), { id: idea.id }))).code).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('removes a feed with its ideas; drafts made from them stay', async () => {
    const removed = await h.call<string>(ContentSubjects.feed.remove, as(owner), { id: rss.id });
    expect(removed).toBe(rss.id);
    const left = await ideas(owner);
    expect(left.items.every((idea) => idea.feedId !== rss.id)).toBe(true);
    const drafts = await h.sql('SELECT id FROM content.posts WHERE title = $1', ['Tip 2: water & light']);
    expect(drafts).toHaveLength(1);
  });
});
