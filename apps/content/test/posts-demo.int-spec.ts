import { DateTime } from 'luxon';
import {
  AuthResult,
  ContentEvents,
  ContentSubjects,
  Envelope,
  Network,
  Page,
  PostScheduledEvent,
  PostStatus,
  PostView,
} from '@relais/contracts';
import { DEMO_POSTS, DemoBrand, seedDemoPosts } from '@relais/dev-platform';
import { ContentHarness, startContent } from './support/content-harness';
import { as } from '@relais/server-testing';
import { connectAccounts, createBrand, signUp } from './support/fixtures';

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
    const request = <T>(subject: string, envelope: Envelope, data: unknown) =>
      h.call<T>(subject, envelope, data);
    expect(await seedDemoPosts(request, as(owner), brands, now)).toBe(18);
    await seedDemoPosts(request, as(owner), brands, now);

    const page = await listAll();
    expect(page.totalCount).toBe(18);
    const statuses = new Set(page.items.map((post) => post.status));
    expect([...statuses].sort()).toEqual(['approved', 'archived', 'draft', 'published', 'scheduled']);
    for (const post of page.items) {
      expect(post.scheduledAt! >= '2030-04-30' && post.scheduledAt! < '2030-07-01').toBe(true);
      const networks = post.title === 'Fresh out of the roaster' ? ['mastodon'] : ['bluesky', 'mastodon'];
      expect(post.variants.map((variant) => variant.network)).toEqual(networks);
      expect(post.guidelineWarnings).toEqual([]);
      if (post.status === PostStatus.Published) expect(post.scheduledAt! < now.toISO()!).toBe(true);
      if (post.status === PostStatus.Scheduled) expect(post.scheduledAt! > now.toISO()!).toBe(true);
    }
    expect(page.items.some((post) => post.variants.some((variant) => variant.customized))).toBe(true);
    expect(page.items.filter((post) => post.campaign).length).toBeGreaterThan(3);
  });

  it('hands each post still to go out to publishing once, with its exact texts, and one is due in minutes', async () => {
    const now = DateTime.fromISO('2030-05-15T12:00:00Z');
    const page = await listAll();
    const scheduled = page.items.filter((post) => post.status === PostStatus.Scheduled);
    const events = await h.sql<{ payload: { envelope: { userId: string }; data: PostScheduledEvent } }>(
      `SELECT payload FROM content.outbox WHERE subject = $1 AND agency_id = $2`,
      [ContentEvents.postScheduled, owner.claims.agencyId],
    );
    // Two runs, one event per scheduled post; none for the posts whose slot had passed (published).
    expect(events.map((row) => row.payload.data.postId).sort()).toEqual(
      scheduled.map((post) => post.id).sort(),
    );
    for (const { payload } of events) {
      const post = scheduled.find((candidate) => candidate.id === payload.data.postId)!;
      expect(payload.envelope.userId).toBe(post.authorId);
      expect(payload.data).toMatchObject({
        brandId: post.brandId,
        version: post.version,
        scheduledAt: post.scheduledAt,
        recurrence: null,
      });
      expect(payload.data.targets.map((target) => target.accountId).sort()).toEqual(
        post.targets.map((target) => target.accountId).sort(),
      );
      for (const target of payload.data.targets) {
        const variant = post.variants.find((candidate) => candidate.network === target.network)!;
        expect(target.text.startsWith(variant.text)).toBe(true);
      }
    }

    const soon = scheduled.filter(
      (post) => post.scheduledAt === now.plus({ minutes: 3 }).toJSDate().toISOString(),
    );
    expect(soon.map((post) => [post.title, post.targets.map((target) => target.network).sort()])).toEqual(
      expect.arrayContaining([
        ['Les semis sortent de terre', ['bluesky', 'mastodon']],
        ['Fresh out of the roaster', ['mastodon']],
      ]),
    );
    expect(soon).toHaveLength(2);
  });

  const listAll = () =>
    h.call<Page<PostView>>(ContentSubjects.post.list, as(owner), {
      first: 100,
      status: ['draft', 'approved', 'scheduled', 'published', 'archived'],
    });
});
