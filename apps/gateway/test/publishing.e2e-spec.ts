import { SandboxClient, SandboxNetwork } from '@relais/server-testing';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import { addMember, BrandRef, connectAccount, createBrand, Session, signUp } from './support/seed';

/**
 * Publishing through the gateway with every service running and the networks emulated (the
 * platform's sandbox-networks): a post
 * scheduled now goes out on its accounts, a network that keeps failing leaves a failure that a retry
 * mends, a duplicate is refused for good, posting slots pick the next free time, recurrence round-trips.
 */

const PUBLICATION = `id postId brandId accountId network dueAt status attempts nextAttemptAt externalId externalUrl
  publishedAt canRetry updatedAt failure { code message networkMessage } account { id handle status }
  parts { index externalId externalUrl publishedAt }`;
const POST = `query Post($id: ID!) { post(id: $id) { id status scheduledAt
  recurrence { frequency interval weekdays until count } publications { ${PUBLICATION} } } }`;
const SCHEDULE = `mutation Schedule($input: SchedulePostInput!) { schedulePost(input: $input) { status } }`;
const RETRY = `mutation Retry($id: ID!) { retryPublication(id: $id) { ${PUBLICATION} } }`;
const SLOTS_FIELDS = 'brandId timezone slots { weekday time } upcoming updatedAt';
const SLOTS = `query Slots($brandId: ID!, $upcoming: Int) { postingSlots(brandId: $brandId, upcoming: $upcoming) {
  ${SLOTS_FIELDS} } }`;
const SET_SLOTS = `mutation SetSlots($input: SetPostingSlotsInput!) { setPostingSlots(input: $input) { ${SLOTS_FIELDS} } }`;

const NETWORK_ENUM: Record<SandboxNetwork, string> = {
  mastodon: 'MASTODON',
  bluesky: 'BLUESKY',
  facebook_page: 'FACEBOOK_PAGE',
  linkedin: 'LINKEDIN',
  x: 'X',
};

let sandbox: { client: SandboxClient };
let e2e: E2ePlatform;
let owner: Session;
let brand: BrandRef;

interface SandboxAccount {
  id: string;
  handle: string;
  externalId: string;
  accessToken: string;
}

beforeAll(async () => {
  e2e = await startE2ePlatform({
    // Retries within a test's patience: two attempts, a fraction of a second apart.
    serviceEnv: { publishing: { MAX_ATTEMPTS: '2', RETRY_BASE_MS: '200', RETRY_MAX_MS: '400' } },
  });
  sandbox = { client: new SandboxClient(e2e.platform.sandbox.control) };
  owner = await signUp(e2e.api, { agencyName: 'Relais Publishing', name: 'Paula Publisher' });
  brand = await createBrand(owner, 'Maison Verdure', { timezone: 'Europe/Paris' });
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
});

/**
 * An account provisioned on the emulated network and connected to the brand with its real tokens
 * (through the clients service's own request: the consent flow itself is account-connections.e2e-spec.ts).
 */
async function connectSandboxAccount(network: SandboxNetwork): Promise<SandboxAccount> {
  const issued = await sandbox.client.provisionAccount({ network });
  const { id } = await connectAccount(owner, brand.id, {
    network: NETWORK_ENUM[network],
    handle: issued.handle,
    externalId: issued.externalId,
    ...(network === 'mastodon' || network === 'bluesky' ? { instanceUrl: issued.instanceUrl } : {}),
    credentials: {
      accessToken: issued.accessToken,
      ...(issued.refreshToken ? { refreshToken: issued.refreshToken } : {}),
      ...(issued.expiresAt ? { expiresAt: issued.expiresAt } : {}),
    },
  });
  return { id, handle: issued.handle, externalId: issued.externalId, accessToken: issued.accessToken };
}

async function createPost(accountIds: string[], text: string): Promise<string> {
  const { createPost } = await owner.api.data(
    'mutation Create($input: CreatePostInput!) { createPost(input: $input) { id } }',
    { input: { brandId: brand.id, title: text.slice(0, 40), baseText: text, accountIds } },
  );
  return createPost.id;
}

async function readPost(id: string): Promise<AnyData> {
  return (await owner.api.data(POST, { id })).post;
}

/** Reads the post until `done` holds (the publishing service works asynchronously). */
async function postWhen(id: string, done: (post: AnyData) => boolean, what: string): Promise<AnyData> {
  const deadline = Date.now() + 30_000;
  let post = await readPost(id);
  while (!done(post)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(post)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    post = await readPost(id);
  }
  return post;
}

const settled = (post: AnyData) =>
  post.publications.length > 0 &&
  post.publications.every((p: AnyData) => p.status === 'PUBLISHED' || p.status === 'FAILED');

describe('a post scheduled now', () => {
  it('goes out on every account: each publication becomes published with its URL, and the post too', async () => {
    const mastodon = await connectSandboxAccount('mastodon');
    const bluesky = await connectSandboxAccount('bluesky');
    const text = `Nouvelle collection de printemps ${Date.now()}`;
    const postId = await createPost([mastodon.id, bluesky.id], text);

    await owner.api.data(SCHEDULE, { input: { postId, mode: 'NOW' } });
    await postWhen(postId, settled, 'every account’s outcome');
    const post = await postWhen(postId, (p) => p.status === 'PUBLISHED', 'the post to follow its outcomes');

    expect(post.publications).toHaveLength(2);
    const byAccount = new Map(post.publications.map((p: AnyData) => [p.accountId, p]));
    for (const account of [mastodon, bluesky]) {
      const publication = byAccount.get(account.id) as AnyData;
      expect(publication).toMatchObject({
        postId,
        brandId: brand.id,
        status: 'PUBLISHED',
        failure: null,
        canRetry: false,
        account: { id: account.id, handle: account.handle, status: 'CONNECTED' },
        // A single post: no thread parts.
        parts: [],
      });
      expect(publication.externalUrl).toMatch(/^https?:\/\//);
      expect(publication.externalId).toBeTruthy();
      expect(new Date(publication.publishedAt).getTime()).toBeGreaterThanOrEqual(
        new Date(publication.dueAt).getTime() - 1000,
      );
    }
    const received = await sandbox.client.posts({ network: 'mastodon', accountId: mastodon.externalId });
    expect(received.posts.map((p) => p.text)).toEqual([text]);
    const onBluesky = await sandbox.client.posts({ network: 'bluesky', accountId: bluesky.externalId });
    expect(onBluesky.posts.map((p) => p.text)).toEqual([text]);
  }, 60_000);

  it('lists the publications of every post of a page with the posts', async () => {
    const { posts } = await owner.api.data(
      `query Posts($brandId: ID) { posts(brandId: $brandId, first: 50) {
        edges { node { id status publications { postId status } } } } }`,
      { brandId: brand.id },
    );
    const published = posts.edges
      .map((edge: AnyData) => edge.node)
      .filter((p: AnyData) => p.publications.length > 0);
    expect(published.length).toBeGreaterThan(0);
    for (const post of published) {
      expect(post.publications.every((p: AnyData) => p.postId === post.id && p.status === 'PUBLISHED')).toBe(
        true,
      );
    }
  });
});

describe('a network that keeps failing', () => {
  it('leaves a failure with its reason; a retry sends it again and the post becomes published', async () => {
    const mastodon = await connectSandboxAccount('mastodon');
    await sandbox.client.addFault({
      network: 'mastodon',
      accountId: mastodon.externalId,
      kind: 'fail',
      status: 503,
      count: 2,
    });
    const text = `Atelier ouvert ce samedi ${Date.now()}`;
    const postId = await createPost([mastodon.id], text);

    await owner.api.data(SCHEDULE, { input: { postId, mode: 'NOW' } });
    await postWhen(postId, settled, 'the publication to fail');
    const failed = await postWhen(postId, (p) => p.status === 'FAILED', 'the post to follow its failure');
    const [publication] = failed.publications;
    expect(publication).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      canRetry: true,
      failure: { code: 'NETWORK_UNAVAILABLE' },
    });
    expect(publication.failure.message).toMatch(/\w+/);
    expect(publication.externalUrl).toBeNull();
    expect((await sandbox.client.posts({ network: 'mastodon', accountId: mastodon.externalId })).total).toBe(
      0,
    );

    // A client who only views the brand sees the failure but cannot send it again.
    const viewer = await addMember(e2e.api, owner, {
      label: 'viewer',
      role: 'BRAND_VIEWER',
      brandIds: [brand.id],
    });
    const seen = (await viewer.api.data(POST, { id: postId })).post.publications[0];
    expect(seen).toMatchObject({ id: publication.id, status: 'FAILED', canRetry: true });
    const refused = await viewer.api.request(RETRY, { id: publication.id });
    expect(refused.errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await readPost(postId)).publications[0]).toMatchObject({ status: 'FAILED', attempts: 2 });

    const { retryPublication } = await owner.api.data(RETRY, { id: publication.id });
    expect(retryPublication.id).toBe(publication.id);
    expect(['PENDING', 'CLAIMED', 'SENDING', 'PUBLISHED']).toContain(retryPublication.status);

    await postWhen(postId, (p) => p.publications[0]?.status === 'PUBLISHED', 'the retried publication');
    const mended = await postWhen(
      postId,
      (p) => p.status === 'PUBLISHED',
      'the post to follow its retried publication',
    );
    expect(mended.publications).toHaveLength(1);
    expect(mended.publications[0]).toMatchObject({ id: publication.id, status: 'PUBLISHED', failure: null });
    expect(mended.publications[0].externalUrl).toMatch(/^https?:\/\//);
    const received = await sandbox.client.posts({ network: 'mastodon', accountId: mastodon.externalId });
    expect(received.posts.map((p) => p.text)).toEqual([text]);
  }, 60_000);

  it('refuses a duplicate for good: no retry, and retryPublication says why', async () => {
    const x = await connectSandboxAccount('x');
    const text = `Les mêmes mots deux fois ${Date.now()}`;
    const first = await createPost([x.id], text);
    await owner.api.data(SCHEDULE, { input: { postId: first, mode: 'NOW' } });
    await postWhen(first, settled, 'the first post to go out');

    const second = await createPost([x.id], text);
    await owner.api.data(SCHEDULE, { input: { postId: second, mode: 'NOW' } });
    const failed = await postWhen(second, settled, 'the duplicate to fail');
    const [publication] = failed.publications;
    expect(publication).toMatchObject({ status: 'FAILED', canRetry: false, failure: { code: 'DUPLICATE' } });
    expect((await readPost(first)).publications[0].status).toBe('PUBLISHED');
    expect(publication.failure.networkMessage).toMatch(/duplicate/i);

    const refused = await owner.api.request(RETRY, { id: publication.id });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors.map((error) => error.extensions.code)).toEqual(['CONFLICT']);
    expect((await readPost(second)).publications[0].status).toBe('FAILED');
  }, 60_000);
});

describe('a thread', () => {
  it('goes out part by part; a failure at part two leaves it partly published, and a retry resumes there', async () => {
    const mastodon = await connectSandboxAccount('mastodon');
    // The first post goes through, then the network fails every attempt at the second part.
    await sandbox.client.addFault({
      network: 'mastodon',
      accountId: mastodon.externalId,
      kind: 'fail',
      status: 503,
      count: 2,
      after: 1,
    });
    const stamp = Date.now();
    const parts = [
      `Notre guide de printemps ${stamp}`,
      `Les semis d’abord ${stamp}`,
      `Puis la taille ${stamp}`,
    ];
    const { createPost } = await owner.api.data(
      'mutation Create($input: CreatePostInput!) { createPost(input: $input) { id threadParts } }',
      {
        input: {
          brandId: brand.id,
          baseText: parts[0],
          threadParts: parts.slice(1),
          accountIds: [mastodon.id],
        },
      },
    );
    expect(createPost.threadParts).toEqual(parts.slice(1));

    await owner.api.data(SCHEDULE, { input: { postId: createPost.id, mode: 'NOW' } });
    const failed = await postWhen(
      createPost.id,
      (p) => p.status === 'FAILED',
      'the thread to fail at part two',
    );
    const [publication] = failed.publications;
    expect(publication).toMatchObject({ status: 'FAILED', canRetry: true });
    expect(publication.parts.map((part: AnyData) => [part.index, part.externalId !== null])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
    const mastodonPosts = () => sandbox.client.posts({ network: 'mastodon', accountId: mastodon.externalId });
    expect((await mastodonPosts()).posts.map((p) => p.text)).toEqual([parts[0]]);

    await owner.api.data(RETRY, { id: publication.id });
    const published = await postWhen(createPost.id, (p) => p.status === 'PUBLISHED', 'the resumed thread');
    const resumed = published.publications[0];
    expect(resumed.parts.every((part: AnyData) => part.externalId && part.externalUrl)).toBe(true);
    // The first part kept its id: it was not posted again.
    expect(resumed.parts[0].externalId).toBe(publication.parts[0].externalId);

    // Read back through Mastodon's own API: each part answers the one before.
    const response = await fetch(
      `${e2e.platform.sandbox.mastodon}/api/v1/accounts/${mastodon.externalId}/statuses?limit=40`,
      { headers: { Authorization: `Bearer ${mastodon.accessToken}` } },
    );
    const statuses = (await response.json()) as { id: string; in_reply_to_id: string | null }[];
    expect(statuses.map((status) => [status.id, status.in_reply_to_id]).reverse()).toEqual([
      [resumed.parts[0].externalId, null],
      [resumed.parts[1].externalId, resumed.parts[0].externalId],
      [resumed.parts[2].externalId, resumed.parts[1].externalId],
    ]);
  }, 90_000);
});

describe('posting slots', () => {
  it('are set and read in the brand’s time zone, and NEXT_SLOT takes the next free one', async () => {
    const slots = [
      { weekday: 2, time: '09:30' },
      { weekday: 4, time: '18:00' },
      { weekday: 1, time: '12:15' },
    ];
    const { setPostingSlots } = await owner.api.data(SET_SLOTS, { input: { brandId: brand.id, slots } });
    expect(setPostingSlots).toMatchObject({ brandId: brand.id, timezone: 'Europe/Paris' });
    expect(setPostingSlots.slots).toEqual(
      expect.arrayContaining(slots.map((slot) => expect.objectContaining(slot))),
    );
    expect(setPostingSlots.slots).toHaveLength(3);

    const { postingSlots } = await owner.api.data(SLOTS, { brandId: brand.id, upcoming: 4 });
    expect(postingSlots.upcoming).toHaveLength(4);
    const paris = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Paris',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso));
    for (const at of postingSlots.upcoming) {
      expect(['Mon 12:15', 'Tue 09:30', 'Thu 18:00']).toContain(paris(at));
      expect(new Date(at).getTime()).toBeGreaterThan(Date.now());
    }
    const sorted = [...postingSlots.upcoming].sort();
    expect(postingSlots.upcoming).toEqual(sorted);

    const mastodon = await connectSandboxAccount('mastodon');
    const first = await createPost([mastodon.id], `Premier créneau ${Date.now()}`);
    await owner.api.data(SCHEDULE, { input: { postId: first, mode: 'NEXT_SLOT' } });
    expect((await readPost(first)).scheduledAt).toBe(postingSlots.upcoming[0]);

    const second = await createPost([mastodon.id], `Créneau suivant ${Date.now()}`);
    await owner.api.data(SCHEDULE, { input: { postId: second, mode: 'NEXT_SLOT' } });
    expect((await readPost(second)).scheduledAt).toBe(postingSlots.upcoming[1]);

    const after = await owner.api.data(SLOTS, { brandId: brand.id, upcoming: 2 });
    expect(after.postingSlots.upcoming).toEqual(postingSlots.upcoming.slice(2, 4));
  }, 60_000);

  it('refuses a time that is not one, saying which field', async () => {
    const refused = await owner.api.request(SET_SLOTS, {
      input: { brandId: brand.id, slots: [{ weekday: 8, time: '25:00' }] },
    });
    expect(refused.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = refused.errors[0]?.extensions.fields?.map((field) => field.field) ?? [];
    expect(fields.some((field) => field.includes('time'))).toBe(true);
    expect(fields.some((field) => field.includes('weekday'))).toBe(true);
  });
});

describe('recurrence', () => {
  it('round-trips weekly and daily rules through schedulePost and Post.recurrence', async () => {
    const mastodon = await connectSandboxAccount('mastodon');
    const start = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    start.setUTCHours(8, 30, 0, 0);

    const weekly = await createPost([mastodon.id], `Chaque mardi et jeudi ${Date.now()}`);
    await owner.api.data(SCHEDULE, {
      input: {
        postId: weekly,
        mode: 'AT',
        scheduledAt: start.toISOString(),
        recurrence: { frequency: 'WEEKLY', interval: 2, weekdays: [4, 2], count: 6 },
      },
    });
    const readWeekly = await readPost(weekly);
    expect(readWeekly.status).toBe('SCHEDULED');
    expect(readWeekly.scheduledAt).toBe(start.toISOString());
    expect(readWeekly.recurrence).toEqual({
      frequency: 'WEEKLY',
      interval: 2,
      weekdays: [2, 4],
      until: null,
      count: 6,
    });

    const daily = await createPost([mastodon.id], `Tous les trois jours ${Date.now()}`);
    await owner.api.data(SCHEDULE, {
      input: {
        postId: daily,
        scheduledAt: start.toISOString(),
        recurrence: { frequency: 'DAILY', interval: 3, until: '2099-12-31' },
      },
    });
    expect((await readPost(daily)).recurrence).toMatchObject({
      frequency: 'DAILY',
      interval: 3,
      until: '2099-12-31',
      count: null,
    });
  });

  it('refuses a rule that cannot run, saying which field', async () => {
    const mastodon = await connectSandboxAccount('mastodon');
    const postId = await createPost([mastodon.id], `Règle impossible ${Date.now()}`);
    const refused = await owner.api.request(SCHEDULE, {
      input: { postId, mode: 'NOW', recurrence: { frequency: 'WEEKLY', interval: 0, weekdays: [9] } },
    });
    expect(refused.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = refused.errors[0]?.extensions.fields?.map((field) => field.field) ?? [];
    expect(fields.some((field) => field.includes('interval'))).toBe(true);
    expect((await readPost(postId)).status).toBe('DRAFT');
    expect((await readPost(postId)).publications).toEqual([]);
  });
});
