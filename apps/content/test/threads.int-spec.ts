import {
  AuthResult,
  BrandView,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Network,
  PostCheckView,
  PostReviewView,
  PostScheduledEvent,
  PostView,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, signUp } from './support/fixtures';

const FUTURE = '2031-06-02T07:00:00.000Z';

describe('content threads', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Threads Studio');
    brand = await createBrand(h, owner, 'Maison Verdure', {
      bannedWords: ['cheap'],
      timezone: 'Europe/Paris',
    });
    accounts = await connectAccounts(h, owner, brand.id, [
      Network.X,
      Network.Bluesky,
      Network.Mastodon,
      Network.LinkedIn,
      Network.FacebookPage,
    ]);
  }, 120_000);
  afterAll(() => h?.close());

  const ids = (...networks: Network[]) => networks.map((network) => accounts[network].id);
  const getPost = (id: string) => h.call<PostView>(ContentSubjects.post.get, as(owner), { id });
  const update = (post: PostView, data: Record<string, unknown>) =>
    h.call<PostView>(ContentSubjects.post.update, as(owner), { id: post.id, version: post.version, ...data });
  const schedule = (postId: string) =>
    h.call<PostReviewView>(ContentSubjects.approval.schedule, as(owner), { postId, scheduledAt: FUTURE });
  const lastScheduled = async (postId: string) =>
    (
      await h.sql<{ data: PostScheduledEvent }>(
        `SELECT payload->'data' AS data FROM content.outbox
          WHERE subject = $1 AND payload->'data'->>'postId' = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [ContentEvents.postScheduled, postId],
      )
    )[0]?.data;

  it('creates, reads and edits a thread; a customized variant keeps its own parts', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'A thread about seeds (1/3)',
      threadParts: ['Sow in spring (2/3)   ', 'Water often (3/3)\n'],
      accountIds: ids(Network.X, Network.Mastodon),
      variants: [{ network: Network.Mastodon, threadParts: ['All in one reply on Mastodon'] }],
    });
    expect(post.threadParts).toEqual(['Sow in spring (2/3)', 'Water often (3/3)']);
    expect(
      post.variants.map((variant) => [variant.network, variant.customized, variant.threadParts]),
    ).toEqual([
      [Network.X, false, ['Sow in spring (2/3)', 'Water often (3/3)']],
      [Network.Mastodon, true, ['All in one reply on Mastodon']],
    ]);
    expect(await getPost(post.id)).toEqual(post);

    const edited = await update(post, { threadParts: ['Sow in April (2/2)'] });
    expect(edited.threadParts).toEqual(['Sow in April (2/2)']);
    expect(edited.variants[0].threadParts).toEqual(['Sow in April (2/2)']);
    expect(edited.variants[1].threadParts).toEqual(['All in one reply on Mastodon']);
    const [transition] = await h.sql<{ changes: { fields: string[] } }>(
      `SELECT changes FROM content.post_transitions WHERE post_id = $1 AND action = 'edited'`,
      [post.id],
    );
    expect(transition.changes.fields).toEqual(['threadParts', 'variants.x.threadParts']);
  });

  it("refuses a part over X's limit with a field error naming the part, and saves nothing", async () => {
    const error = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: 'One',
        threadParts: ['Two', 'a'.repeat(281)],
        accountIds: ids(Network.X, Network.Bluesky),
      }),
    );
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([
      {
        field: 'variants.x.threadParts.1',
        message: 'Part 3 of the thread too long for X: 281 of 280 characters',
        constraint: 'TOO_LONG',
        params: { used: 281, limit: 280, unit: 'weighted', network: 'x', index: 1 },
      },
    ]);
    const banned = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: 'One',
        threadParts: ['A cheap trick'],
        accountIds: ids(Network.X),
      }),
    );
    expect(banned.fields?.map((field) => [field.field, field.constraint])).toEqual([
      ['threadParts.0', 'BANNED_WORD'],
    ]);
  });

  it('checks a thread without saving it', async () => {
    const check = await h.call<PostCheckView>(ContentSubjects.post.check, as(owner), {
      brandId: brand.id,
      baseText: 'One',
      threadParts: ['', 'b'.repeat(301)],
      accountIds: ids(Network.Bluesky),
    });
    expect(check.violations.map(({ field, rule, index }) => [field, rule, index])).toEqual([
      ['threadParts', 'EMPTY', 0],
      ['threadParts', 'TOO_LONG', 1],
    ]);
  });

  it('refuses three parts on Facebook, and a second part next to a first comment on LinkedIn', async () => {
    const three = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: 'One',
        threadParts: ['Two', 'Three'],
        accountIds: ids(Network.FacebookPage),
      }),
    );
    expect(three.fields).toEqual([
      expect.objectContaining({
        field: 'variants.facebook_page.threadParts.1',
        constraint: 'THREAD_UNSUPPORTED',
        params: expect.objectContaining({ maxParts: 2 }),
      }),
    ]);
    const both = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: 'One',
        threadParts: ['Two'],
        accountIds: ids(Network.LinkedIn),
        variants: [{ network: Network.LinkedIn, firstComment: 'A comment' }],
      }),
    );
    expect(both.fields?.map((field) => [field.field, field.constraint])).toEqual([
      ['variants.linkedin.threadParts.0', 'THREAD_WITH_FIRST_COMMENT'],
    ]);
  });

  it('schedules parts as replies on X, Bluesky and Mastodon, and a second part as the first comment on Facebook', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'Our spring guide',
      threadParts: ['Read it all'],
      accountIds: ids(Network.X, Network.Bluesky, Network.Mastodon, Network.FacebookPage),
    });
    await schedule(post.id);
    const event = await lastScheduled(post.id);
    expect(
      event?.targets.map(({ network, threadParts, firstComment }) => [network, threadParts, firstComment]),
    ).toEqual([
      [Network.X, ['Read it all'], null],
      [Network.Bluesky, ['Read it all'], null],
      [Network.Mastodon, ['Read it all'], null],
      [Network.FacebookPage, undefined, 'Read it all'],
    ]);
  });

  it("refuses scheduling a post the networks' rules now refuse, with the field errors", async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'One',
      threadParts: ['Two'],
      accountIds: ids(Network.X),
    });
    // Saved before a rule tightened (or written by an older version): the parts no longer pass.
    await h.sql(`UPDATE content.post_variants SET thread_parts = $2 WHERE post_id = $1`, [
      post.id,
      ['Two', 'z'.repeat(300)],
    ]);
    const error = await failure(schedule(post.id));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.message).toBe(
      'The post cannot be scheduled as it stands: Part 3 of the thread too long for X: 300 of 280 characters',
    );
    expect(error.fields?.map((field) => [field.field, field.constraint])).toEqual([
      ['variants.x.threadParts.1', 'TOO_LONG'],
    ]);
    expect((await getPost(post.id)).status).toBe('draft');
    expect(await lastScheduled(post.id)).toBeUndefined();
  });

  it('checks the post again when a scheduled post is moved on the calendar or restored from the archive', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'Still fine',
      threadParts: ['Two'],
      accountIds: ids(Network.X),
    });
    await schedule(post.id);
    const before = await lastScheduled(post.id);
    await h.sql(`UPDATE content.post_variants SET thread_parts = $2 WHERE post_id = $1`, [
      post.id,
      ['z'.repeat(300)],
    ]);

    const moved = await failure(
      h.call(ContentSubjects.post.reschedule, as(owner), {
        postId: post.id,
        scheduledAt: '2031-06-03T07:00:00.000Z',
      }),
    );
    expect(moved.code).toBe(ErrorCode.BadUserInput);
    expect(moved.fields?.map((field) => [field.field, field.constraint])).toEqual([
      ['variants.x.threadParts.0', 'TOO_LONG'],
    ]);
    const kept = await getPost(post.id);
    expect([kept.status, kept.scheduledAt]).toEqual(['scheduled', FUTURE]);
    expect(await lastScheduled(post.id)).toEqual(before);

    await h.call(ContentSubjects.post.archive, as(owner), { id: post.id });
    const restored = await failure(h.call(ContentSubjects.post.restore, as(owner), { id: post.id }));
    expect(restored.code).toBe(ErrorCode.BadUserInput);
    expect((await getPost(post.id)).status).toBe('archived');
    expect(await lastScheduled(post.id)).toEqual(before);
  });
});
