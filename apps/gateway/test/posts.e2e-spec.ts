import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import { addMember, BrandRef, connectAccount, createBrand, Session, signUp } from './support/seed';

const POST_FIELDS = `id brandId title baseText linkUrl mediaIds status scheduledAt authorId authorName version
  createdAt updatedAt campaign { id name } labels { id name }
  targets { accountId network handle }
  variants { network customized text linkUrl mediaIds firstComment }
  guidelineWarnings { rule network params message }`;

const CREATE = `mutation Create($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdatePostInput!) { updatePost(input: $input) { ${POST_FIELDS} } }`;
const GET = `query Get($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;
const LIST = `query List($brandId: ID, $status: [PostStatus!], $network: Network, $campaignId: ID, $labelId: ID,
  $authorId: ID, $from: DateTime, $to: DateTime, $search: String, $first: Int, $after: String) {
  posts(brandId: $brandId, status: $status, network: $network, campaignId: $campaignId, labelId: $labelId,
    authorId: $authorId, from: $from, to: $to, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status authorName } } } }`;

let e2e: E2ePlatform;
let owner: Session;
let brand: BrandRef;
let otherBrand: BrandRef;
const account: Record<string, string> = {};

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Post Works', name: 'Paula Owner' });
  brand = await createBrand(owner, 'Maison Verdure', {
    guidelines: { toneNotes: 'Green.', requiredHashtags: ['verdure'], bannedWords: ['cheap'] },
  });
  otherBrand = await createBrand(owner, 'Other Brand');
  for (const network of ['X', 'BLUESKY', 'LINKEDIN']) {
    const { id } = await connectAccount(owner, brand.id, {
      network,
      handle: `@verdure-${network.toLowerCase()}`,
      instanceUrl: network === 'BLUESKY' ? 'https://bsky.social' : undefined,
    });
    account[network] = id;
  }
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

function fieldsOf(error: { extensions: { fields?: AnyData[] } }) {
  return (error.extensions.fields ?? []).map((field) => ({
    field: field.field,
    constraint: field.constraint,
    message: field.message,
    network: field.params?.network,
    limit: field.params?.limit,
  }));
}

describe('posts', () => {
  let postId: string;
  let version: number;

  it('creates a draft whose variants follow the base, with handles and the author’s name', async () => {
    const { createPost } = await owner.api.data(CREATE, {
      input: {
        brandId: brand.id,
        title: 'Spring',
        baseText: 'Spring at Maison Verdure #verdure',
        linkUrl: 'https://verdure.example/spring',
        accountIds: [account.LINKEDIN, account.X],
        scheduledAt: '2030-04-01T08:00:00+02:00',
      },
    });
    expect(createPost).toMatchObject({
      status: 'DRAFT',
      version: 1,
      authorName: 'Paula Owner',
      scheduledAt: '2030-04-01T06:00:00.000Z',
      targets: [
        { accountId: account.X, network: 'X', handle: '@verdure-x' },
        { accountId: account.LINKEDIN, network: 'LINKEDIN', handle: '@verdure-linkedin' },
      ],
      variants: [
        { network: 'X', customized: false, text: 'Spring at Maison Verdure #verdure' },
        { network: 'LINKEDIN', customized: false, linkUrl: 'https://verdure.example/spring' },
      ],
      guidelineWarnings: [],
    });
    postId = createPost.id;
    version = createPost.version;
  });

  it('customises the LinkedIn variant, then edits the base: X follows, LinkedIn keeps its text', async () => {
    const custom = await owner.api.data(UPDATE, {
      input: {
        id: postId,
        version,
        variants: [
          { network: 'LINKEDIN', text: 'A longer story for LinkedIn #verdure', firstComment: 'Details' },
        ],
      },
    });
    expect(custom.updatePost.variants[1]).toMatchObject({ customized: true, firstComment: 'Details' });
    const { updatePost } = await owner.api.data(UPDATE, {
      input: {
        id: postId,
        version: custom.updatePost.version,
        baseText: 'Spring is here #verdure',
        linkUrl: null,
      },
    });
    expect(updatePost.version).toBe(3);
    expect(updatePost.linkUrl).toBeNull();
    expect(updatePost.variants.map((variant: AnyData) => [variant.network, variant.text])).toEqual([
      ['X', 'Spring is here #verdure'],
      ['LINKEDIN', 'A longer story for LinkedIn #verdure'],
    ]);
    version = updatePost.version;
    const stale = await owner.api.error(UPDATE, { input: { id: postId, version: 1, title: 'Old' } });
    expect(stale.extensions.code).toBe('CONFLICT');
  });

  it('refuses a text too long for X and Bluesky, naming the network and the rule', async () => {
    const error = await owner.api.error(UPDATE, {
      input: {
        id: postId,
        version,
        accountIds: [account.X, account.BLUESKY, account.LINKEDIN],
        baseText: `${'word '.repeat(61)}#verdure`,
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('Too long for X: 313 of 280 characters');
    expect(fieldsOf(error)).toEqual([
      {
        field: 'variants.x.text',
        constraint: 'TOO_LONG',
        message: 'Too long for X: 313 of 280 characters',
        network: 'x',
        limit: 280,
      },
      {
        field: 'variants.bluesky.text',
        constraint: 'TOO_LONG',
        message: 'Too long for Bluesky: 313 of 300 characters',
        network: 'bluesky',
        limit: 300,
      },
    ]);
    const { post } = await owner.api.data(GET, { id: postId });
    expect(post.version).toBe(version);
    expect(post.targets).toHaveLength(2);
  });

  it('refuses a banned word and warns about a missing hashtag', async () => {
    const banned = await owner.api.error(CREATE, {
      input: { brandId: brand.id, baseText: 'Never CHEAP #verdure', accountIds: [account.X] },
    });
    expect(banned.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(banned)).toEqual([
      expect.objectContaining({ field: 'baseText', constraint: 'BANNED_WORD' }),
    ]);
    const { createPost } = await owner.api.data(CREATE, {
      input: { brandId: brand.id, baseText: 'No hashtag', accountIds: [account.X] },
    });
    expect(createPost.guidelineWarnings).toEqual([
      expect.objectContaining({ rule: 'MISSING_HASHTAG', network: null, params: { hashtag: '#verdure' } }),
    ]);
  });

  it('checks a post without saving it', async () => {
    const { checkPost } = await owner.api.data(
      `query Check($input: CheckPostInput!) { checkPost(input: $input) {
        violations { network field rule params index message } bannedWords { word match network }
        guidelineWarnings { network } } }`,
      { input: { brandId: brand.id, baseText: 'b'.repeat(301), accountIds: [account.BLUESKY] } },
    );
    expect(checkPost.violations).toEqual([
      expect.objectContaining({
        network: 'BLUESKY',
        rule: 'TOO_LONG',
        message: 'Too long for Bluesky: 301 of 300 characters',
      }),
    ]);
  });

  it('filters, searches and pages', async () => {
    const listBrand = await createBrand(owner, 'List Brand');
    const { id: xAccount } = await connectAccount(owner, listBrand.id, {
      network: 'X',
      instanceUrl: undefined,
    });
    const { createCampaign } = await owner.api.data(
      'mutation C($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { brandId: listBrand.id, name: 'Summer', color: '#ff8800' } },
    );
    const { createLabel } = await owner.api.data(
      'mutation L($input: CreateLabelInput!) { createLabel(input: $input) { id } }',
      { input: { brandId: listBrand.id, name: 'Evergreen' } },
    );
    for (let i = 0; i < 4; i += 1) {
      await owner.api.data(CREATE, {
        input: {
          brandId: listBrand.id,
          title: `Post ${i}`,
          baseText: i === 2 ? 'Tomatoes are back' : `Text ${i}`,
          accountIds: [xAccount],
          scheduledAt: `2030-07-0${i + 1}T10:00:00Z`,
          ...(i < 2 ? { campaignId: createCampaign.id, labelIds: [createLabel.id] } : {}),
        },
      });
    }
    const titles = async (variables: AnyData) => {
      const { posts } = await owner.api.data(LIST, { brandId: listBrand.id, ...variables });
      return posts.edges.map((edge: AnyData) => edge.node.title);
    };
    const first = await owner.api.data(LIST, { brandId: listBrand.id, first: 3 });
    expect(first.posts.totalCount).toBe(4);
    expect(first.posts.pageInfo.hasNextPage).toBe(true);
    expect(first.posts.edges[0].node.authorName).toBe('Paula Owner');
    expect(await titles({ first: 3, after: first.posts.pageInfo.endCursor })).toEqual(['Post 0']);
    expect(await titles({ campaignId: createCampaign.id })).toEqual(['Post 1', 'Post 0']);
    expect(await titles({ labelId: createLabel.id })).toEqual(['Post 1', 'Post 0']);
    expect(await titles({ search: 'tomato' })).toEqual(['Post 2']);
    expect(await titles({ from: '2030-07-02T00:00:00Z', to: '2030-07-04T00:00:00Z' })).toEqual([
      'Post 2',
      'Post 1',
    ]);
    expect(await titles({ network: 'LINKEDIN' })).toEqual([]);
    expect(await titles({ status: ['DRAFT'], authorId: owner.userId })).toHaveLength(4);
  });

  it('archives and restores', async () => {
    const archived = await owner.api.data(
      `mutation A($id: ID!) { archivePost(id: $id) { status version } }`,
      {
        id: postId,
      },
    );
    expect(archived.archivePost.status).toBe('ARCHIVED');
    const { posts } = await owner.api.data(LIST, { brandId: brand.id });
    expect(posts.edges.map((edge: AnyData) => edge.node.id)).not.toContain(postId);
    const listed = await owner.api.data(LIST, { brandId: brand.id, status: ['ARCHIVED'] });
    expect(listed.posts.edges.map((edge: AnyData) => edge.node.id)).toEqual([postId]);
    const restored = await owner.api.data(`mutation R($id: ID!) { restorePost(id: $id) { status } }`, {
      id: postId,
    });
    expect(restored.restorePost.status).toBe('DRAFT');
  });
});

describe('threads', () => {
  const THREAD_FIELDS =
    'id version baseText threadParts variants { network customized threadParts firstComment }';
  const CREATE_THREAD = `mutation Create($input: CreatePostInput!) { createPost(input: $input) { ${THREAD_FIELDS} } }`;
  const GET_THREAD = `query Get($id: ID!) { post(id: $id) { ${THREAD_FIELDS} } }`;
  const CHECK_THREAD = `query Check($input: CheckPostInput!) { checkPost(input: $input) {
    violations { network field rule index message } } }`;

  it('creates a thread and reads its parts back, per network', async () => {
    const { createPost } = await owner.api.data(CREATE_THREAD, {
      input: {
        brandId: brand.id,
        baseText: 'Three things about seeds #verdure',
        threadParts: ['Sow them in spring', 'Water them often'],
        accountIds: [account.X, account.BLUESKY],
        variants: [{ network: 'BLUESKY', threadParts: ['Sow, water, wait'] }],
      },
    });
    expect(createPost).toMatchObject({
      threadParts: ['Sow them in spring', 'Water them often'],
      variants: [
        { network: 'X', customized: false, threadParts: ['Sow them in spring', 'Water them often'] },
        { network: 'BLUESKY', customized: true, threadParts: ['Sow, water, wait'] },
      ],
    });
    const { post } = await owner.api.data(GET_THREAD, { id: createPost.id });
    expect(post).toEqual(createPost);
  });

  it('names the part too long for X in the field error, and checks parts without saving', async () => {
    const error = await owner.api.error(CREATE_THREAD, {
      input: {
        brandId: brand.id,
        baseText: 'One #verdure',
        threadParts: ['Two', 'a'.repeat(281)],
        accountIds: [account.X],
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual([
      {
        field: 'variants.x.threadParts.1',
        constraint: 'TOO_LONG',
        message: 'Part 3 of the thread too long for X: 281 of 280 characters',
        network: 'x',
        limit: 280,
      },
    ]);
    const { checkPost } = await owner.api.data(CHECK_THREAD, {
      input: {
        brandId: brand.id,
        baseText: 'One #verdure',
        threadParts: ['Two', 'Three'],
        accountIds: [account.LINKEDIN],
      },
    });
    expect(checkPost.violations).toEqual([
      {
        network: 'LINKEDIN',
        field: 'threadParts',
        rule: 'THREAD_UNSUPPORTED',
        index: 1,
        message:
          'LinkedIn has no threads: a second part becomes the first comment, and more parts are not possible',
      },
    ]);
  });
});

describe('post roles', () => {
  let viewer: Session;
  let cmOther: Session;
  let postId: string;

  beforeAll(async () => {
    viewer = await addMember(e2e.api, owner, { label: 'viewer', role: 'BRAND_VIEWER', brandIds: [brand.id] });
    cmOther = await addMember(e2e.api, owner, {
      label: 'cm-other',
      role: 'COMMUNITY_MANAGER',
      brandIds: [otherBrand.id],
    });
    const { createPost } = await owner.api.data(CREATE, {
      input: { brandId: brand.id, baseText: 'Roles #verdure', accountIds: [account.X] },
    });
    postId = createPost.id;
  });

  it('lets a brand viewer read the post (with its author’s name) but not write', async () => {
    const { post } = await viewer.api.data(GET, { id: postId });
    expect(post).toMatchObject({ id: postId, authorName: 'Paula Owner' });
    const refused = await viewer.api.error(UPDATE, { input: { id: postId, version: 1, title: 'Mine' } });
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const create = await viewer.api.error(CREATE, {
      input: { brandId: brand.id, baseText: 'x', accountIds: [account.X] },
    });
    expect(create.extensions.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND to a community manager of another brand', async () => {
    for (const [query, variables] of [
      [GET, { id: postId }],
      [UPDATE, { input: { id: postId, version: 1, title: 'Mine' } }],
      [`mutation A($id: ID!) { archivePost(id: $id) { id } }`, { id: postId }],
      [CREATE, { input: { brandId: brand.id, baseText: 'x', accountIds: [account.X] } }],
    ] as const) {
      const error = await cmOther.api.error(query, variables);
      expect(error.extensions.code).toBe('NOT_FOUND');
    }
    const { posts } = await cmOther.api.data(LIST, {});
    expect(posts.totalCount).toBe(0);
  });
});
