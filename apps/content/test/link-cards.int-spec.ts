import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  AuthResult,
  BrandView,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  LinkPreviewView,
  MediaSourceView,
  Network,
  PostScheduledEvent,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure, freePort, system } from '@relais/server-testing';
import sharp from 'sharp';
import { fetchPublic, PublicFetchError } from '../src/feeds';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';
import { hasGpsTag, photoWithGps } from './support/generated-media';

const FUTURE = '2031-06-02T07:00:00.000Z';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Hello</p></body></html>`;

/** Pages served by a local HTTP server; counts how often each was read. */
class PageServer {
  readonly hits = new Map<string, number>();
  title = 'Le printemps au jardin';
  /** The card picture of `/spring`: a photo with a GPS position in its EXIF. */
  picture: Buffer = Buffer.alloc(0);
  private readonly server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    switch (path) {
      case '/spring':
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          page(`<meta property="og:title" content="${this.title}">
            <meta property="og:description" content="Dix gestes pour des semis réussis.">
            <meta property="og:site_name" content="Maison Verdure">
            <meta property="og:image" content="/img/spring.jpg">`),
        );
        return;
      case '/img/spring.jpg':
        res.setHeader('content-type', 'image/jpeg');
        res.end(this.picture);
        return;
      case '/broken-picture':
        res.setHeader('content-type', 'text/html');
        res.end(
          page(
            `<meta property="og:title" content="Broken picture"><meta property="og:image" content="/img/cut.jpg">`,
          ),
        );
        return;
      case '/img/cut.jpg':
        // A JPEG cut short: its type is known but it cannot be decoded.
        res.setHeader('content-type', 'image/jpeg');
        res.end(this.picture.subarray(0, 2000));
        return;
      case '/text-picture':
        res.setHeader('content-type', 'text/html');
        res.end(
          page(
            `<meta property="og:title" content="Text picture"><meta property="og:image" content="/untitled">`,
          ),
        );
        return;
      case '/moved':
        res.statusCode = 301;
        res.setHeader('location', '/spring');
        res.end();
        return;
      case '/huge':
        // The card is in the head; the body goes far beyond the cap: read up to it, not refused.
        res.setHeader('content-type', 'text/html');
        res.end(
          `<html><head><meta property="og:title" content="Huge page"></head><body>${'x'.repeat(3 * 1024 * 1024)}</body></html>`,
        );
        return;
      case '/untitled':
        res.setHeader('content-type', 'text/html');
        res.end('<html><body>No title here</body></html>');
        return;
      case '/broken':
        res.statusCode = 500;
        res.end('oops');
        return;
      case '/slow':
        // Never answers: the deadline must end the request.
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

describe('content link cards', () => {
  const pages = new PageServer();
  let base: string;
  let h: ContentHarness;
  let owner: AuthResult;
  let viewer: AuthResult;
  let brand: BrandView;
  let otherBrand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    base = await pages.start();
    pages.picture = await photoWithGps(400, 300, 80);
    // Private hosts are allowed here so that the local page server can be read.
    const port = await freePort();
    h = await startContent({
      env: {
        FEED_ALLOW_PRIVATE_HOSTS: 'true',
        FEED_TIMEOUT_MS: '1500',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
    });
    // Listening: the signed URLs of stored card pictures are served by the service itself.
    await h.app.listen(port, '127.0.0.1');
    owner = await signUp(h, 'Cards Studio');
    brand = await createBrand(h, owner, 'Maison Verdure');
    otherBrand = await createBrand(h, owner, 'Other Brand');
    accounts = await connectAccounts(h, owner, brand.id, [Network.LinkedIn, Network.X]);
    viewer = await join(h, owner, { role: Role.BrandViewer, brandIds: [brand.id] });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await pages.stop();
  });

  const preview = (url: string, brandId = brand.id, user = owner) =>
    h.call<LinkPreviewView>(ContentSubjects.linkCard.preview, as(user), { brandId, url });

  it('reads a page’s Open Graph card, with its picture made absolute, and keeps it for the brand', async () => {
    const url = `${base}/spring`;
    const result = await preview(url);
    expect(result).toEqual({
      url,
      warning: null,
      card: {
        url,
        title: 'Le printemps au jardin',
        description: 'Dix gestes pour des semis réussis.',
        siteName: 'Maison Verdure',
        imageUrl: `${base}/img/spring.jpg`,
        thumbnailMediaId: null,
        fetchedAt: expect.any(String),
      },
    });
    const kept = await h.sql('SELECT brand_id, title FROM content.link_cards WHERE url = $1', [url]);
    expect(kept).toEqual([{ brand_id: brand.id, title: 'Le printemps au jardin' }]);
    // Asked again while typing: the kept card answers, the page is not read again.
    await preview(url);
    expect(pages.hits.get('/spring')).toBe(1);
  });

  it('follows redirects, and reads a huge page only up to the cap', async () => {
    expect((await preview(`${base}/moved`)).card?.title).toBe('Le printemps au jardin');
    const huge = await preview(`${base}/huge`);
    expect(huge).toMatchObject({ card: { title: 'Huge page' }, warning: null });
  });

  it('gives no card but a warning for a page that cannot be read, without failing', async () => {
    const results = await Promise.all(['/untitled', '/broken', '/slow'].map((path) => preview(base + path)));
    expect(results.map((result) => result.card)).toEqual([null, null, null]);
    expect(results.map((result) => result.warning)).toEqual([
      `${base}/untitled: the page has no title to show as a card`,
      `${base}/broken: The page’s server answered HTTP 500`,
      `${base}/slow: The page did not answer within 1500 ms`,
    ]);
  });

  it('lets one person read at most 20 pages a minute for previews; kept cards still answer', async () => {
    // Six pages were already read by this person above: fourteen more are allowed.
    for (let n = 0; n < 14; n += 1) {
      expect((await preview(`${base}/untitled?n=${n}`)).warning).toMatch(/no title/);
    }
    const limited = await failure(preview(`${base}/untitled?n=over`));
    expect(limited.code).toBe(ErrorCode.RateLimited);
    expect(limited.message).toMatch(/Too many link previews/);
    expect((await preview(`${base}/spring`)).card?.title).toBe('Le printemps au jardin');
  });

  it('refuses an address that is not http(s), and people who may not write the brand’s posts', async () => {
    const bad = await failure(preview('ftp://example.com/file'));
    expect(bad.code).toBe(ErrorCode.BadUserInput);
    expect(bad.fields).toEqual([expect.objectContaining({ field: 'url', constraint: 'httpOnly' })]);
    expect((await failure(preview(`${base}/spring`, brand.id, viewer))).code).toBe(ErrorCode.Forbidden);
  });

  it('never reaches a private address through the shared reader, by address or by name', async () => {
    const options = {
      timeoutMs: 1500,
      maxBytes: 1024,
      overflow: 'truncate' as const,
      allowPrivateHosts: false,
      accept: 'text/html',
      userAgent: 'test',
      noun: 'page',
    };
    for (const url of [`${base}/spring`, 'http://localhost/spring', 'http://[::1]/x', 'http://10.1.2.3/x']) {
      const error = await fetchPublic(url, options).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PublicFetchError);
      expect((error as Error).message).toMatch(/private network/);
    }
    // Nothing reached the page server: /spring was read once, then once more through /moved.
    expect(pages.hits.get('/spring')).toBe(2);
  });

  it('puts the brand’s card in the scheduled event, read again when older than a day', async () => {
    const url = `${base}/spring`;
    const post = await createPost(h, owner, {
      brandId: brand.id,
      title: 'Spring',
      baseText: 'Spring is here',
      linkUrl: url,
      accountIds: [accounts[Network.LinkedIn].id, accounts[Network.X].id],
    });
    // The post's variants show the brand's kept card of their link.
    expect(post.variants.map((variant) => [variant.network, variant.linkCard?.title])).toEqual([
      [Network.X, 'Le printemps au jardin'],
      [Network.LinkedIn, 'Le printemps au jardin'],
    ]);
    await h.sql(`UPDATE content.link_cards SET fetched_at = now() - interval '25 hours' WHERE url = $1`, [
      url,
    ]);
    pages.title = 'Le printemps au jardin, édition 2031';
    await h.call(ContentSubjects.approval.schedule, as(owner), { postId: post.id, scheduledAt: FUTURE });
    const [event] = await h.sql<{ data: PostScheduledEvent }>(
      `SELECT payload->'data' AS data FROM content.outbox WHERE subject = $1 AND payload->'data'->>'postId' = $2`,
      [ContentEvents.postScheduled, post.id],
    );
    const card = {
      url,
      title: 'Le printemps au jardin, édition 2031',
      description: 'Dix gestes pour des semis réussis.',
      thumbnailMediaId: expect.any(String),
    };
    expect(event.data.targets.map((target) => [target.network, target.linkCard])).toEqual([
      [Network.X, card],
      [Network.LinkedIn, card],
    ]);
    // The card's picture was read and kept as a ready file of the brand, checked like an upload.
    const thumbnailId = event.data.targets[0].linkCard?.thumbnailMediaId ?? '';
    expect(event.data.targets[1].linkCard?.thumbnailMediaId).toBe(thumbnailId);
    const [media] = await h.sql(
      'SELECT brand_id, status, kind, content_type, file_name, width, height FROM content.media WHERE id = $1',
      [thumbnailId],
    );
    expect(media).toEqual({
      brand_id: brand.id,
      status: 'ready',
      kind: 'image',
      content_type: 'image/jpeg',
      file_name: 'spring.jpg',
      width: 300,
      height: 400,
    });
    const kept = await h.sql(
      'SELECT thumbnail_media_id FROM content.link_cards WHERE brand_id = $1 AND url = $2',
      [brand.id, url],
    );
    expect(kept).toEqual([{ thumbnail_media_id: thumbnailId }]);
    // What a network receives of it is made from the clean master: no GPS position left.
    const [source] = await h.call<MediaSourceView[]>(
      ContentSubjects.media.sources,
      system(owner.claims.agencyId),
      { mediaIds: [thumbnailId], network: Network.Bluesky },
    );
    const thumbnail = Buffer.from(await (await fetch(source.url)).arrayBuffer());
    expect(hasGpsTag((await sharp(thumbnail).metadata()).exif)).toBe(false);
    expect(hasGpsTag((await sharp(pages.picture).metadata()).exif)).toBe(true);

    // Scheduled again while the card is fresh: the stored picture is reused, not read again.
    const pictureReads = pages.hits.get('/img/spring.jpg');
    const again = await createPost(h, owner, {
      brandId: brand.id,
      title: 'Spring again',
      baseText: 'Spring is still here',
      linkUrl: url,
      accountIds: [accounts[Network.LinkedIn].id],
    });
    await h.call(ContentSubjects.approval.schedule, as(owner), { postId: again.id, scheduledAt: FUTURE });
    const [second] = await h.sql<{ data: PostScheduledEvent }>(
      `SELECT payload->'data' AS data FROM content.outbox WHERE subject = $1 AND payload->'data'->>'postId' = $2`,
      [ContentEvents.postScheduled, again.id],
    );
    expect(second.data.targets[0].linkCard?.thumbnailMediaId).toBe(thumbnailId);
    expect(pages.hits.get('/img/spring.jpg')).toBe(pictureReads);
    // Another brand keeps its own cards: none for this link yet.
    const others = await h.sql('SELECT 1 FROM content.link_cards WHERE brand_id = $1', [otherBrand.id]);
    expect(others).toEqual([]);
  });

  it('schedules a post whose page cannot be read, its link without a card', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      title: 'Broken',
      baseText: 'Look',
      linkUrl: `${base}/broken`,
      accountIds: [accounts[Network.LinkedIn].id],
    });
    await h.call(ContentSubjects.approval.schedule, as(owner), { postId: post.id, scheduledAt: FUTURE });
    const [event] = await h.sql<{ data: PostScheduledEvent }>(
      `SELECT payload->'data' AS data FROM content.outbox WHERE subject = $1 AND payload->'data'->>'postId' = $2`,
      [ContentEvents.postScheduled, post.id],
    );
    expect(event.data.targets[0]).toMatchObject({ linkUrl: `${base}/broken`, linkCard: null });
  });

  it('schedules a card without thumbnail when its picture cannot be read or is not a picture', async () => {
    for (const [path, title] of [
      ['/broken-picture', 'Broken picture'],
      ['/text-picture', 'Text picture'],
    ]) {
      const post = await createPost(h, owner, {
        brandId: brand.id,
        title,
        baseText: 'Look',
        linkUrl: base + path,
        accountIds: [accounts[Network.LinkedIn].id],
      });
      await h.call(ContentSubjects.approval.schedule, as(owner), { postId: post.id, scheduledAt: FUTURE });
      const [event] = await h.sql<{ data: PostScheduledEvent }>(
        `SELECT payload->'data' AS data FROM content.outbox WHERE subject = $1 AND payload->'data'->>'postId' = $2`,
        [ContentEvents.postScheduled, post.id],
      );
      expect(event.data.targets[0].linkCard).toEqual({
        url: base + path,
        title,
        description: '',
        thumbnailMediaId: null,
      });
    }
    expect(pages.hits.get('/img/cut.jpg')).toBe(1);
    // Nothing of the refused files stays: no pending or extra rows.
    const files = await h.sql<{ status: string }>('SELECT status FROM content.media WHERE brand_id = $1', [
      brand.id,
    ]);
    expect(files).toEqual([{ status: 'ready' }]);
  });
});
