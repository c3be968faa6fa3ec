import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Network,
  PostCheckView,
  PostView,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, insertMedia, signUp } from './support/fixtures';

describe('content posts', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let otherBrand: BrandView;
  let accounts: Record<string, SocialAccountView>;
  let otherAccounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Posts Studio');
    brand = await createBrand(h, owner, 'Maison Verdure', {
      bannedWords: ['cheap'],
      requiredHashtags: ['verdure'],
    });
    otherBrand = await createBrand(h, owner, 'Other Brand');
    accounts = await connectAccounts(h, owner, brand.id, [
      Network.X,
      Network.Bluesky,
      Network.LinkedIn,
      Network.Mastodon,
    ]);
    otherAccounts = await connectAccounts(h, owner, otherBrand.id, [Network.X]);
  }, 120_000);
  afterAll(() => h?.close());

  const ids = (...networks: Network[]) => networks.map((network) => accounts[network].id);
  const postCount = async () =>
    (await h.sql<{ count: number }>('SELECT count(*)::int AS count FROM content.posts'))[0].count;
  const rowsOf = async (table: string, postId: string) =>
    (
      await h.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM content.${table} WHERE post_id = $1`,
        [postId],
      )
    )[0].count;
  const eventsOf = (postId: string) =>
    h.sql<{ subject: string; data: Record<string, unknown> }>(
      `SELECT subject, payload->'data' AS data FROM content.outbox WHERE payload->'data'->>'postId' = $1 ORDER BY created_at`,
      [postId],
    );
  const transitionsOf = (postId: string) =>
    h.sql<{
      action: string;
      from_status: string | null;
      to_status: string;
      version: number;
      changes: { fields?: string[] };
    }>(
      'SELECT action, from_status, to_status, version, changes FROM content.post_transitions WHERE post_id = $1 ORDER BY created_at',
      [postId],
    );

  it('creates a draft with one variant per targeted network, following the base', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      title: 'Spring launch',
      baseText: 'Spring is here #verdure',
      linkUrl: ' https://verdure.example/spring ',
      accountIds: ids(Network.LinkedIn, Network.X),
      scheduledAt: '2030-04-01T08:00:00.000Z',
    });
    expect(post).toMatchObject({
      brandId: brand.id,
      title: 'Spring launch',
      status: 'draft',
      version: 1,
      authorId: owner.claims.userId,
      linkUrl: 'https://verdure.example/spring',
      scheduledAt: '2030-04-01T08:00:00.000Z',
      guidelineWarnings: [],
      targets: [
        { accountId: accounts[Network.X].id, network: 'x' },
        { accountId: accounts[Network.LinkedIn].id, network: 'linkedin' },
      ],
    });
    expect(post.variants).toEqual([
      expect.objectContaining({ network: 'x', customized: false, text: 'Spring is here #verdure' }),
      expect.objectContaining({
        network: 'linkedin',
        customized: false,
        linkUrl: 'https://verdure.example/spring',
      }),
    ]);
    expect(await h.call(ContentSubjects.post.get, as(owner), { id: post.id })).toEqual(post);
    expect((await eventsOf(post.id)).map((event) => event.subject)).toEqual([ContentEvents.postCreated]);
    expect(await transitionsOf(post.id)).toEqual([
      expect.objectContaining({ action: 'created', from_status: null, to_status: 'draft', version: 1 }),
    ]);
  });

  it('keeps a customised variant through base edits, and resets it with customized: false', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'Base #verdure',
      accountIds: ids(Network.X, Network.LinkedIn),
      variants: [
        {
          network: Network.LinkedIn,
          text: 'A longer LinkedIn text #verdure',
          firstComment: 'Details inside',
        },
      ],
    });
    expect(post.variants[1]).toMatchObject({
      network: 'linkedin',
      customized: true,
      firstComment: 'Details inside',
    });

    const edited = await h.call<PostView>(ContentSubjects.post.update, as(owner), {
      id: post.id,
      version: post.version,
      baseText: 'New base #verdure',
    });
    expect(edited.version).toBe(2);
    expect(edited.variants.map((variant) => variant.text)).toEqual([
      'New base #verdure',
      'A longer LinkedIn text #verdure',
    ]);
    const reset = await h.call<PostView>(ContentSubjects.post.update, as(owner), {
      id: post.id,
      version: edited.version,
      variants: [{ network: Network.LinkedIn, customized: false }],
    });
    expect(reset.variants[1]).toMatchObject({
      customized: false,
      text: 'New base #verdure',
      firstComment: 'Details inside',
    });
    expect((await transitionsOf(post.id)).map((row) => [row.action, row.changes.fields])).toEqual([
      ['created', undefined],
      ['edited', ['baseText', 'variants.x.text']],
      ['edited', ['variants.linkedin.customized', 'variants.linkedin.text']],
    ]);
  });

  it('refuses texts too long for X and Bluesky, naming network and rule, and saves nothing', async () => {
    const before = await postCount();
    const error = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: `${'a'.repeat(290)} #verdure`,
        accountIds: ids(Network.X, Network.Bluesky, Network.LinkedIn),
      }),
    );
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([
      {
        field: 'variants.x.text',
        message: 'Too long for X: 299 of 280 characters',
        constraint: 'TOO_LONG',
        params: { used: 299, limit: 280, unit: 'weighted', network: 'x' },
      },
    ]);
    expect(await postCount()).toBe(before);

    const both = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: 'b'.repeat(301),
        accountIds: ids(Network.X, Network.Bluesky),
      }),
    );
    expect(both.fields?.map((field) => [field.field, field.constraint, field.message])).toEqual([
      ['variants.x.text', 'TOO_LONG', 'Too long for X: 301 of 280 characters'],
      ['variants.bluesky.text', 'TOO_LONG', 'Too long for Bluesky: 301 of 300 characters'],
    ]);
    expect(await postCount()).toBe(before);
  });

  it('refuses a slot in the past on creation and on edit, as a move into the past is refused, and saves nothing', async () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    const refusal = {
      code: ErrorCode.BadUserInput,
      message: 'A post cannot be moved into the past',
      fields: [{ field: 'scheduledAt', message: 'scheduledAt must be in the future', constraint: 'future' }],
    };
    const before = await postCount();
    const created = await failure(
      createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X), scheduledAt: past }),
    );
    expect({ code: created.code, message: created.message, fields: created.fields }).toEqual(refusal);
    expect(await postCount()).toBe(before);

    const post = await createPost(h, owner, {
      brandId: brand.id,
      accountIds: ids(Network.X),
      scheduledAt: '2030-04-01T08:00:00.000Z',
    });
    const edited = await failure(
      h.call(ContentSubjects.post.update, as(owner), {
        id: post.id,
        version: post.version,
        scheduledAt: past,
      }),
    );
    expect({ code: edited.code, message: edited.message, fields: edited.fields }).toEqual(refusal);
    expect(await h.call(ContentSubjects.post.get, as(owner), { id: post.id })).toEqual(post);
  });

  it('leaves a post untouched when one variant of an edit fails', async () => {
    const post = await createPost(h, owner, {
      brandId: brand.id,
      accountIds: ids(Network.X, Network.LinkedIn),
    });
    const error = await failure(
      h.call(ContentSubjects.post.update, as(owner), {
        id: post.id,
        version: post.version,
        title: 'Renamed',
        baseText: 'Fine text',
        variants: [{ network: Network.X, text: 'x'.repeat(281) }],
      }),
    );
    expect(error.fields?.map((field) => field.field)).toEqual(['variants.x.text']);
    expect(await h.call(ContentSubjects.post.get, as(owner), { id: post.id })).toEqual(post);
    expect(await transitionsOf(post.id)).toHaveLength(1);
    expect(await eventsOf(post.id)).toHaveLength(1);
  });

  it('refuses banned words and warns about missing required hashtags', async () => {
    const banned = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        baseText: 'Not Cheap at all #verdure',
        accountIds: ids(Network.X),
      }),
    );
    expect(banned.fields).toEqual([
      expect.objectContaining({
        field: 'baseText',
        constraint: 'BANNED_WORD',
        params: { word: 'cheap', match: 'Cheap' },
      }),
    ]);
    const warned = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'No hashtag here',
      accountIds: ids(Network.X, Network.LinkedIn),
    });
    expect(warned.guidelineWarnings).toEqual([
      expect.objectContaining({ rule: 'MISSING_HASHTAG', network: null, params: { hashtag: '#verdure' } }),
    ]);
  });

  it('checks accounts: another brand’s is not found, a disconnected one is refused', async () => {
    const foreign = await failure(
      createPost(h, owner, { brandId: brand.id, accountIds: [otherAccounts[Network.X].id] }),
    );
    expect(foreign).toMatchObject({ code: ErrorCode.NotFound, message: 'Account not found' });

    const [spare] = Object.values(await connectAccounts(h, owner, brand.id, [Network.FacebookPage]));
    await h.call(ClientsSubjects.account.disconnect, as(owner), { id: spare.id });
    const disconnected = await failure(createPost(h, owner, { brandId: brand.id, accountIds: [spare.id] }));
    expect(disconnected.code).toBe(ErrorCode.BadUserInput);
    expect(disconnected.fields?.[0]).toMatchObject({ field: 'accountIds', constraint: 'disconnected' });
  });

  it('checks media: ready files of the brand only, and what each network accepts', async () => {
    const image = await insertMedia(h, owner, brand.id);
    // X takes a QuickTime video; Bluesky takes MP4 only.
    const mov = await insertMedia(h, owner, brand.id, {
      kind: 'video',
      contentType: 'video/quicktime',
      durationMs: 10_000,
    });
    const pending = await insertMedia(h, owner, brand.id, { status: 'pending' });
    const foreign = await insertMedia(h, owner, otherBrand.id);

    const post = await createPost(h, owner, {
      brandId: brand.id,
      mediaIds: [image],
      accountIds: ids(Network.X),
    });
    expect(post.variants[0].mediaIds).toEqual([image]);
    expect(
      await failure(
        createPost(h, owner, { brandId: brand.id, mediaIds: [foreign], accountIds: ids(Network.X) }),
      ),
    ).toMatchObject({ code: ErrorCode.NotFound, message: 'Media not found' });
    const notReady = await failure(
      createPost(h, owner, { brandId: brand.id, mediaIds: [pending], accountIds: ids(Network.X) }),
    );
    expect(notReady.fields?.[0]).toMatchObject({ field: 'mediaIds', constraint: 'notReady' });
    const refused = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        mediaIds: [mov],
        accountIds: ids(Network.X, Network.Bluesky),
      }),
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({
        field: 'variants.bluesky.media',
        constraint: 'MEDIA_TYPE',
        params: expect.objectContaining({ network: 'bluesky', index: 0 }),
      }),
    ]);
  });

  it('locks optimistically and follows the editing rules of each status', async () => {
    const post = await createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X) });
    const edited = await h.call<PostView>(ContentSubjects.post.update, as(owner), {
      id: post.id,
      version: 1,
      title: 'First',
    });
    const stale = await failure(
      h.call(ContentSubjects.post.update, as(owner), { id: post.id, version: 1, title: 'Second' }),
    );
    expect(stale.code).toBe(ErrorCode.Conflict);
    expect(stale.message).toMatch(/version 2.*version 1/);

    await h.sql(`UPDATE content.posts SET status = 'in_review' WHERE id = $1`, [post.id]);
    expect(
      await failure(h.call(ContentSubjects.post.update, as(owner), { id: post.id, version: 2, title: 'x' })),
    ).toMatchObject({ code: ErrorCode.Conflict, message: 'Withdraw the post from review before editing it' });

    await h.sql(
      `UPDATE content.posts SET status = 'scheduled', scheduled_at = now() + interval '1 day' WHERE id = $1`,
      [post.id],
    );
    const back = await h.call<PostView>(ContentSubjects.post.update, as(owner), {
      id: post.id,
      version: edited.version,
      baseText: 'Changed after approval',
    });
    expect(back).toMatchObject({ status: 'draft', version: 3 });
    expect((await transitionsOf(post.id)).at(-1)).toMatchObject({
      action: 'edited',
      from_status: 'scheduled',
      to_status: 'draft',
    });
    expect((await eventsOf(post.id)).map((event) => event.subject).slice(-2)).toEqual([
      ContentEvents.postUpdated,
      ContentEvents.postCancelled,
    ]);
  });

  it('archives, restores and deletes only drafts', async () => {
    const post = await createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X) });
    const archived = await h.call<PostView>(ContentSubjects.post.archive, as(owner), { id: post.id });
    expect(archived).toMatchObject({ status: 'archived', version: 2 });
    expect(
      await failure(h.call(ContentSubjects.post.update, as(owner), { id: post.id, version: 2, title: 'x' })),
    ).toMatchObject({ code: ErrorCode.Conflict });
    const restored = await h.call<PostView>(ContentSubjects.post.restore, as(owner), { id: post.id });
    expect(restored).toMatchObject({ status: 'draft', version: 3 });
    expect((await transitionsOf(post.id)).map((row) => row.action)).toEqual([
      'created',
      'archived',
      'restored',
    ]);

    await h.sql(`UPDATE content.posts SET status = 'approved' WHERE id = $1`, [post.id]);
    expect(await failure(h.call(ContentSubjects.post.delete, as(owner), { id: post.id }))).toMatchObject({
      code: ErrorCode.Conflict,
    });
    await h.sql(`UPDATE content.posts SET status = 'draft' WHERE id = $1`, [post.id]);
    expect(await h.call(ContentSubjects.post.delete, as(owner), { id: post.id })).toBe(post.id);
    expect(await rowsOf('post_variants', post.id)).toBe(0);
    expect((await eventsOf(post.id)).at(-1)?.subject).toBe(ContentEvents.postDeleted);
  });

  it('returns the first post for a repeated idempotency key', async () => {
    const input = { brandId: brand.id, accountIds: ids(Network.X), idempotencyKey: 'same-key-123' };
    const first = await createPost(h, owner, input);
    const again = await createPost(h, owner, { ...input, baseText: 'different' });
    expect(again.id).toBe(first.id);
  });

  it('checks a post without saving it', async () => {
    const before = await postCount();
    const check = await h.call<PostCheckView>(ContentSubjects.post.check, as(owner), {
      brandId: brand.id,
      baseText: `${'c'.repeat(281)}`,
      accountIds: ids(Network.X, Network.LinkedIn),
      variants: [{ network: Network.LinkedIn, text: 'cheap #verdure' }],
    });
    expect(check.violations).toEqual([
      expect.objectContaining({
        network: 'x',
        field: 'text',
        rule: 'TOO_LONG',
        message: 'Too long for X: 281 of 280 characters',
      }),
    ]);
    expect(check.bannedWords).toEqual([{ word: 'cheap', match: 'cheap', network: 'linkedin' }]);
    expect(check.guidelineWarnings).toEqual([expect.objectContaining({ network: 'x' })]);
    expect(await postCount()).toBe(before);
  });
});
