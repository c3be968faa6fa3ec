import {
  AuthResult,
  BrandView,
  ContentSubjects,
  ErrorCode,
  Network,
  Page,
  PostView,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

describe('content post lists, access, campaigns and labels', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let otherBrand: BrandView;
  let accounts: Record<string, SocialAccountView>;

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
  }, 120_000);
  afterAll(() => h?.close());

  const ids = (...networks: Network[]) => networks.map((network) => accounts[network].id);

  describe('lists', () => {
    let listBrand: BrandView;
    let listAccounts: Record<string, SocialAccountView>;
    const created: PostView[] = [];

    beforeAll(async () => {
      listBrand = await createBrand(h, owner, 'List Brand');
      listAccounts = await connectAccounts(h, owner, listBrand.id, [Network.X, Network.LinkedIn]);
      const campaign = await h.call<{ id: string }>(ContentSubjects.campaign.create, as(owner), {
        brandId: listBrand.id,
        name: 'Summer',
      });
      const label = await h.call<{ id: string }>(ContentSubjects.label.create, as(owner), {
        brandId: listBrand.id,
        name: 'Evergreen',
      });
      for (let i = 0; i < 5; i += 1) {
        created.push(
          await createPost(h, owner, {
            brandId: listBrand.id,
            title: `Post ${i}`,
            baseText: i === 3 ? 'Tomatoes are back' : `Text number ${i}`,
            accountIds: i % 2 === 0 ? [listAccounts[Network.X].id] : [listAccounts[Network.LinkedIn].id],
            scheduledAt: `2030-06-0${i + 1}T10:00:00.000Z`,
            ...(i < 2 ? { campaignId: campaign.id, labelIds: [label.id] } : {}),
          }),
        );
      }
    });

    const list = (data: Record<string, unknown>) =>
      h.call<Page<PostView>>(ContentSubjects.post.list, as(owner), { brandId: listBrand.id, ...data });
    const titles = (page: Page<PostView>) => page.items.map((post) => post.title);

    it('pages by most recent change with a stable cursor', async () => {
      const first = await list({ first: 2 });
      expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
      expect(titles(first)).toEqual(['Post 4', 'Post 3']);
      const second = await list({ first: 2, after: first.cursors[1] });
      expect(titles(second)).toEqual(['Post 2', 'Post 1']);
      const third = await list({ first: 2, after: second.cursors[1] });
      expect(titles(third)).toEqual(['Post 0']);
      expect(third.hasNextPage).toBe(false);
    });

    it('filters by network, campaign, label, author, dates, status and text', async () => {
      const campaignId = created[0].campaign?.id;
      const labelId = created[0].labels[0]?.id;
      expect(titles(await list({ network: Network.LinkedIn }))).toEqual(['Post 3', 'Post 1']);
      expect(titles(await list({ campaignId }))).toEqual(['Post 1', 'Post 0']);
      expect(titles(await list({ labelId }))).toEqual(['Post 1', 'Post 0']);
      expect((await list({ authorId: owner.claims.userId })).totalCount).toBe(5);
      expect(
        titles(await list({ from: '2030-06-02T00:00:00.000Z', to: '2030-06-04T00:00:00.000Z' })),
      ).toEqual(['Post 2', 'Post 1']);
      expect(titles(await list({ search: 'tomato' }))).toEqual(['Post 3']);
      expect(titles(await list({ search: '100%' }))).toEqual([]);
      expect((await list({ status: ['approved'] })).totalCount).toBe(0);
    });

    it('answers NOT_FOUND for filters naming what the caller cannot see', async () => {
      const elsewhere = await signUp(h, 'Elsewhere');
      const theirs = await createBrand(h, elsewhere, 'Theirs');
      expect(await failure(list({ brandId: theirs.id }))).toMatchObject({
        code: ErrorCode.NotFound,
        message: 'Brand not found',
      });
      const campaign = await h.call<{ id: string }>(ContentSubjects.campaign.create, as(elsewhere), {
        brandId: theirs.id,
        name: 'Secret',
      });
      expect(await failure(list({ campaignId: campaign.id }))).toMatchObject({ code: ErrorCode.NotFound });
    });
  });

  describe('tenancy and roles', () => {
    it('hides posts of other agencies and brands, in the service and in the database', async () => {
      const post = await createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X) });
      const intruder = await signUp(h, 'Intruders');
      expect(await failure(h.call(ContentSubjects.post.get, as(intruder), { id: post.id }))).toMatchObject({
        code: ErrorCode.NotFound,
        message: 'Post not found',
      });
      expect(
        await failure(
          h.call(ContentSubjects.post.update, as(intruder), { id: post.id, version: 1, title: 'x' }),
        ),
      ).toMatchObject({ code: ErrorCode.NotFound });
      expect(
        await failure(h.call(ContentSubjects.post.archive, as(intruder), { id: post.id })),
      ).toMatchObject({
        code: ErrorCode.NotFound,
      });
      const cmOther = await join(h, owner, { role: Role.CommunityManager, brandIds: [otherBrand.id] });
      expect(await failure(h.call(ContentSubjects.post.get, as(cmOther), { id: post.id }))).toMatchObject({
        code: ErrorCode.NotFound,
      });
      const listed = await h.call<Page<PostView>>(ContentSubjects.post.list, as(cmOther), {});
      expect(listed.items.map((item) => item.brandId)).not.toContain(brand.id);

      const seen = await h.sqlAsApp('SELECT id FROM content.posts WHERE id = $1', [post.id], {
        agencyId: intruder.claims.agencyId,
        brandIds: '*',
      });
      expect(seen).toEqual([]);
      const outOfScope = await h.sqlAsApp(
        'SELECT post_id FROM content.post_variants WHERE post_id = $1',
        [post.id],
        {
          agencyId: owner.claims.agencyId,
          brandIds: otherBrand.id,
        },
      );
      expect(outOfScope).toEqual([]);
    });

    it('lets brand viewers read but not write, and community managers write their brands', async () => {
      const post = await createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X) });
      const viewer = await join(h, owner, { role: Role.BrandViewer, brandIds: [brand.id] });
      expect((await h.call<PostView>(ContentSubjects.post.get, as(viewer), { id: post.id })).id).toBe(
        post.id,
      );
      expect(
        await failure(
          h.call(ContentSubjects.post.update, as(viewer), { id: post.id, version: 1, title: 'x' }),
        ),
      ).toMatchObject({ code: ErrorCode.Forbidden });
      expect(
        await failure(createPost(h, viewer, { brandId: brand.id, accountIds: ids(Network.X) })),
      ).toMatchObject({
        code: ErrorCode.Forbidden,
      });
      const cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id] });
      const mine = await createPost(h, cm, { brandId: brand.id, accountIds: ids(Network.X) });
      expect(mine.authorId).toBe(cm.claims.userId);
    });
  });

  describe('campaigns and labels', () => {
    it('keeps names unique per brand and archives campaigns', async () => {
      const campaign = await h.call<{ id: string; name: string }>(
        ContentSubjects.campaign.create,
        as(owner),
        {
          brandId: brand.id,
          name: 'Autumn',
          color: '#AA3300',
          startsOn: '2030-09-01',
          endsOn: '2030-09-30',
        },
      );
      expect(campaign).toMatchObject({
        name: 'Autumn',
        color: '#aa3300',
        startsOn: '2030-09-01',
        archived: false,
      });
      const taken = await failure(
        h.call(ContentSubjects.campaign.create, as(owner), { brandId: brand.id, name: 'autumn' }),
      );
      expect(taken).toMatchObject({
        code: ErrorCode.Conflict,
        fields: [expect.objectContaining({ field: 'name', constraint: 'taken' })],
      });
      await expect(
        h.call(ContentSubjects.campaign.create, as(owner), { brandId: otherBrand.id, name: 'Autumn' }),
      ).resolves.toMatchObject({ name: 'Autumn' });
      const dates = await failure(
        h.call(ContentSubjects.campaign.update, as(owner), { id: campaign.id, endsOn: '2030-08-01' }),
      );
      expect(dates.fields?.[0]).toMatchObject({ field: 'endsOn' });

      await h.call(ContentSubjects.campaign.archive, as(owner), { id: campaign.id });
      const live = await h.call<{ id: string }[]>(ContentSubjects.campaign.list, as(owner), {
        brandId: brand.id,
      });
      expect(live.map((item) => item.id)).not.toContain(campaign.id);
      const all = await h.call<{ id: string }[]>(ContentSubjects.campaign.list, as(owner), {
        brandId: brand.id,
        includeArchived: true,
      });
      expect(all.map((item) => item.id)).toContain(campaign.id);
      const archivedUse = await failure(
        createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X), campaignId: campaign.id }),
      );
      expect(archivedUse.fields?.[0]).toMatchObject({ field: 'campaignId', constraint: 'archived' });
    });

    it('deletes a label and takes it off its posts', async () => {
      const label = await h.call<{ id: string }>(ContentSubjects.label.create, as(owner), {
        brandId: brand.id,
        name: 'Promo',
      });
      const post = await createPost(h, owner, {
        brandId: brand.id,
        accountIds: ids(Network.X),
        labelIds: [label.id],
      });
      expect(post.labels).toEqual([expect.objectContaining({ id: label.id, name: 'Promo' })]);
      expect(await h.call(ContentSubjects.label.delete, as(owner), { id: label.id })).toBe(label.id);
      expect((await h.call<PostView>(ContentSubjects.post.get, as(owner), { id: post.id })).labels).toEqual(
        [],
      );
      const foreign = await h.call<{ id: string }>(ContentSubjects.label.create, as(owner), {
        brandId: otherBrand.id,
        name: 'Elsewhere',
      });
      expect(
        await failure(
          createPost(h, owner, { brandId: brand.id, accountIds: ids(Network.X), labelIds: [foreign.id] }),
        ),
      ).toMatchObject({ code: ErrorCode.NotFound, message: 'Label not found' });
    });
  });
});
