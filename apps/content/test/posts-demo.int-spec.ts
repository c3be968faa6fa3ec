import { DateTime } from 'luxon';
import { AuthResult, ContentSubjects, Network, Page, PostStatus, PostView } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { DEMO_POSTS } from '../src/posts/demo-post-texts';
import { DemoBrand, seedDemoPosts } from '../src/posts/demo-posts';
import { ContentHarness, startContent } from './support/content-harness';
import { as, connectAccounts, createBrand, signUp } from './support/fixtures';

describe('demo posts', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brands: DemoBrand[];

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Agence Lumière');
    brands = [];
    for (const [key, timezone, hashtag, banned] of [
      ['maisonVerdure', 'Europe/Paris', 'MaisonVerdure', ['pas cher']],
      ['brooklynRoasters', 'America/New_York', 'BrooklynRoasters', ['cheap']],
    ] as const) {
      const brand = await createBrand(h, owner, key, {
        timezone,
        requiredHashtags: [hashtag],
        bannedWords: [...banned],
      });
      const accounts = await connectAccounts(h, owner, brand.id, [Network.Mastodon, Network.Bluesky]);
      brands.push({
        id: brand.id,
        timezone,
        bannedWords: brand.guidelines.bannedWords,
        requiredHashtags: brand.guidelines.requiredHashtags,
        accounts: Object.values(accounts),
        campaign: DEMO_POSTS[key].campaign,
        authorIds: [owner.claims.userId],
        posts: DEMO_POSTS[key].posts,
      });
    }
  }, 120_000);
  afterAll(() => h?.close());

  it('plans valid posts over this month and the next, once however often it runs', async () => {
    const now = DateTime.fromISO('2030-05-15T12:00:00Z');
    const transactions = h.app.get(TenantTransactions);
    expect(await seedDemoPosts(transactions, owner.claims.agencyId, brands, now)).toBe(16);
    await seedDemoPosts(transactions, owner.claims.agencyId, brands, now);

    const page = await h.call<Page<PostView>>(ContentSubjects.post.list, as(owner), {
      first: 100,
      status: ['draft', 'approved', 'scheduled', 'published', 'archived'],
    });
    expect(page.totalCount).toBe(16);
    const statuses = new Set(page.items.map((post) => post.status));
    expect([...statuses].sort()).toEqual(['approved', 'archived', 'draft', 'published', 'scheduled']);
    for (const post of page.items) {
      expect(post.scheduledAt! >= '2030-04-30' && post.scheduledAt! < '2030-07-01').toBe(true);
      expect(post.variants.map((variant) => variant.network)).toEqual(['bluesky', 'mastodon']);
      expect(post.guidelineWarnings).toEqual([]);
      if (post.status === PostStatus.Published) expect(post.scheduledAt! < now.toISO()!).toBe(true);
    }
    expect(page.items.some((post) => post.variants.some((variant) => variant.customized))).toBe(true);
    expect(page.items.filter((post) => post.campaign).length).toBeGreaterThan(3);
  });
});
