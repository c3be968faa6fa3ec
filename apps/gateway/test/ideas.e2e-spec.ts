import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import {
  acceptInvitation,
  BrandRef,
  connectAccount,
  createBrand,
  invite,
  Session,
  signUp,
  uniqueEmail,
} from './support/seed';

const FEED_FIELDS = 'id brandId url title lastFetchedAt lastError lastErrorAt newIdeaCount createdAt';
const IDEA_FIELDS = 'id brandId feedId feedTitle title link summary publishedAt status postId createdAt';
const ADD = `mutation A($input: AddFeedInput!) { addFeed(input: $input) { ${FEED_FIELDS} } }`;
const IDEAS = `query I($brandId: ID!, $status: IdeaStatus, $first: Int, $after: String) {
  ideas(brandId: $brandId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${IDEA_FIELDS} } } } }`;

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Garden tips</title>
  <item><title>Water in the morning</title><link>https://garden.example/water</link><guid>w</guid>
    <pubDate>Mon, 01 Apr 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;Before the heat.&lt;/p&gt;</description></item>
  <item><title>Prune in March</title><link>https://garden.example/prune</link><guid>p</guid>
    <pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>
</channel></rss>`;

let e2e: E2ePlatform;
let server: Server;
let feedUrl: string;
let owner: Session;
let viewer: Session;
let brand: BrandRef;
let accountId: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(RSS);
    } else if (req.url === '/spring.html') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<html><head><meta property="og:title" content="Spring in the garden">
        <meta property="og:description" content="Ten tips"><meta property="og:image" content="/spring.jpg">
        </head></html>`);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Idea Works' });
  brand = await createBrand(owner, 'Maison Verdure');
  accountId = (await connectAccount(owner, brand.id, { network: 'LINKEDIN', handle: 'maison-verdure' })).id;
  const { token } = await invite(owner, {
    email: uniqueEmail('viewer'),
    role: 'BRAND_VIEWER',
    brandIds: [brand.id],
  });
  viewer = await acceptInvitation(e2e.api, token, { name: 'Vera Viewer' });
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('ideas from feeds through the API', () => {
  let feed: AnyData;
  let ideas: AnyData[];

  it('follows a feed, reads it at once, and lists its items as ideas', async () => {
    ({ addFeed: feed } = await owner.api.data(ADD, { input: { brandId: brand.id, url: feedUrl } }));
    expect(feed).toMatchObject({
      brandId: brand.id,
      url: feedUrl,
      title: 'Garden tips',
      lastError: null,
      newIdeaCount: 2,
    });
    const { feeds } = await viewer.api.data(
      `query F($brandId: ID!) { feeds(brandId: $brandId) { ${FEED_FIELDS} } }`,
      {
        brandId: brand.id,
      },
    );
    expect(feeds).toEqual([feed]);
    const { ideas: page } = await viewer.api.data(IDEAS, { brandId: brand.id });
    ideas = page.edges.map((edge: AnyData) => edge.node);
    expect(ideas.map((idea) => [idea.title, idea.summary, idea.status])).toEqual([
      ['Prune in March', '', 'NEW'],
      ['Water in the morning', 'Before the heat.', 'NEW'],
    ]);
  });

  it('names the field and rule of a bad address, and refuses a viewer', async () => {
    const bad = await owner.api.request(ADD, {
      input: { brandId: brand.id, url: 'ftp://garden.example/feed' },
    });
    expect(bad.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'url', constraint: 'httpOnly' })],
    });
    const again = await owner.api.request(ADD, { input: { brandId: brand.id, url: feedUrl } });
    expect(again.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [expect.objectContaining({ field: 'url', constraint: 'taken' })],
    });
    const asViewer = await viewer.api.request(ADD, { input: { brandId: brand.id, url: `${feedUrl}?v` } });
    expect(asViewer.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('previews the card a link makes, and says why a page gives none', async () => {
    const PREVIEW = `query P($brandId: ID!, $url: String!) { linkPreview(brandId: $brandId, url: $url) {
      url warning card { url title description siteName imageUrl thumbnailMediaId fetchedAt } } }`;
    const pageUrl = feedUrl.replace('/feed.xml', '/spring.html');
    const { linkPreview } = await owner.api.data(PREVIEW, { brandId: brand.id, url: pageUrl });
    expect(linkPreview).toEqual({
      url: pageUrl,
      warning: null,
      card: {
        url: pageUrl,
        title: 'Spring in the garden',
        description: 'Ten tips',
        siteName: null,
        imageUrl: feedUrl.replace('/feed.xml', '/spring.jpg'),
        thumbnailMediaId: null,
        fetchedAt: expect.any(String),
      },
    });
    const missing = await owner.api.data(PREVIEW, { brandId: brand.id, url: `${pageUrl}.gone` });
    expect(missing.linkPreview).toMatchObject({ card: null, warning: expect.stringMatching(/HTTP 404/) });
    const bad = await owner.api.request(PREVIEW, { brandId: brand.id, url: 'javascript:alert(1)' });
    expect(bad.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'url', constraint: 'httpOnly' })],
    });
    const asViewer = await viewer.api.request(PREVIEW, { brandId: brand.id, url: pageUrl });
    expect(asViewer.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('shows on a post’s variant the card its link makes, as kept for the brand', async () => {
    const pageUrl = feedUrl.replace('/feed.xml', '/spring.html');
    const VARIANTS = 'variants { network linkUrl linkCard { url title description imageUrl } }';
    const { createPost } = await owner.api.data(
      `mutation C($input: CreatePostInput!) { createPost(input: $input) { id ${VARIANTS} } }`,
      {
        input: {
          brandId: brand.id,
          title: 'Spring',
          baseText: 'Spring tips',
          linkUrl: pageUrl,
          accountIds: [accountId],
        },
      },
    );
    const card = {
      url: pageUrl,
      title: 'Spring in the garden',
      description: 'Ten tips',
      imageUrl: feedUrl.replace('/feed.xml', '/spring.jpg'),
    };
    expect(createPost.variants).toEqual([{ network: 'LINKEDIN', linkUrl: pageUrl, linkCard: card }]);
    const { post } = await viewer.api.data(`query Q($id: ID!) { post(id: $id) { ${VARIANTS} } }`, {
      id: createPost.id,
    });
    expect(post.variants[0].linkCard).toEqual(card);
    // A link no card was read for has none.
    const { createPost: plain } = await owner.api.data(
      `mutation C($input: CreatePostInput!) { createPost(input: $input) { ${VARIANTS} } }`,
      {
        input: {
          brandId: brand.id,
          title: 'Other',
          baseText: 'Other',
          linkUrl: `${pageUrl}?other`,
          accountIds: [accountId],
        },
      },
    );
    expect(plain.variants).toEqual([{ network: 'LINKEDIN', linkUrl: `${pageUrl}?other`, linkCard: null }]);
  });

  it('dismisses an idea and filters by status', async () => {
    const { dismissIdea } = await owner.api.data(
      `mutation D($id: ID!) { dismissIdea(id: $id) { ${IDEA_FIELDS} } }`,
      {
        id: ideas[0].id,
      },
    );
    expect(dismissIdea.status).toBe('DISMISSED');
    const { ideas: fresh } = await owner.api.data(IDEAS, { brandId: brand.id, status: 'NEW' });
    expect(fresh.edges.map((edge: AnyData) => edge.node.title)).toEqual(['Water in the morning']);
  });

  it('makes a draft post of an idea in one step', async () => {
    const { createDraftFromIdea } = await owner.api.data(
      `mutation C($input: CreateDraftFromIdeaInput!) { createDraftFromIdea(input: $input) {
        id brandId title baseText linkUrl status targets { accountId network } } }`,
      { input: { ideaId: ideas[1].id, accountIds: [accountId] } },
    );
    expect(createDraftFromIdea).toMatchObject({
      brandId: brand.id,
      title: 'Water in the morning',
      baseText: 'Water in the morning\n\nhttps://garden.example/water',
      linkUrl: 'https://garden.example/water',
      status: 'DRAFT',
      targets: [{ accountId, network: 'LINKEDIN' }],
    });
    const { ideas: drafted } = await owner.api.data(IDEAS, { brandId: brand.id, status: 'DRAFTED' });
    expect(drafted.edges[0].node).toMatchObject({ id: ideas[1].id, postId: createDraftFromIdea.id });
  });

  it('reads a feed again on demand, then stops following it', async () => {
    const { refreshFeed } = await owner.api.data(
      `mutation R($id: ID!) { refreshFeed(id: $id) { ${FEED_FIELDS} } }`,
      {
        id: feed.id,
      },
    );
    expect(refreshFeed.newIdeaCount).toBe(0);
    expect(refreshFeed.lastError).toBeNull();
    const { removeFeed } = await owner.api.data('mutation X($id: ID!) { removeFeed(id: $id) }', {
      id: feed.id,
    });
    expect(removeFeed).toBe(feed.id);
    const { ideas: left } = await owner.api.data(IDEAS, { brandId: brand.id });
    expect(left.totalCount).toBe(0);
  });
});
