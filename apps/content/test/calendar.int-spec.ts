import {
  AuthResult,
  BrandView,
  CalendarPostView,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Network,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

const DAY = 24 * 3600 * 1000;

describe('content calendar', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let otherBrand: BrandView;
  let accounts: Record<string, SocialAccountView>;
  let otherAccounts: Record<string, SocialAccountView>;
  let cm: AuthResult;
  let otherCm: AuthResult;
  let viewer: AuthResult;
  /** The first day of next month, UTC: every slot of the test is in the future. */
  let month: Date;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Calendar Studio');
    brand = await createBrand(h, owner, 'Brooklyn Roasters', { timezone: 'America/New_York' });
    otherBrand = await createBrand(h, owner, 'Maison Verdure');
    accounts = await connectAccounts(h, owner, brand.id, [Network.X, Network.Bluesky, Network.LinkedIn]);
    otherAccounts = await connectAccounts(h, owner, otherBrand.id, [Network.Mastodon]);
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id] });
    otherCm = await join(h, owner, { role: Role.CommunityManager, brandIds: [otherBrand.id] });
    viewer = await join(h, owner, { role: Role.BrandViewer, brandIds: [brand.id] });
    const now = new Date();
    month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  }, 120_000);
  afterAll(() => h?.close());

  const at = (days: number, hours = 14) => new Date(month.getTime() + days * DAY + hours * 3600 * 1000);

  async function post(
    slot: Date | null,
    options: {
      status?: string;
      brandId?: string;
      title?: string;
      baseText?: string;
      campaignId?: string;
    } = {},
  ) {
    const onOther = options.brandId === otherBrand.id;
    const created = await createPost(h, owner, {
      brandId: options.brandId ?? brand.id,
      accountIds: onOther
        ? [otherAccounts[Network.Mastodon].id]
        : [accounts[Network.X].id, accounts[Network.Bluesky].id, accounts[Network.LinkedIn].id],
      title: options.title ?? 'A post',
      baseText: options.baseText ?? 'Fresh beans this week at every shop',
      ...(options.campaignId ? { campaignId: options.campaignId } : {}),
    });
    await h.sql(
      `UPDATE content.posts SET scheduled_at = $2, status = $3,
         archived_from = CASE WHEN $3 = 'archived' THEN 'draft' END WHERE id = $1`,
      [created.id, slot, options.status ?? 'draft'],
    );
    return created.id;
  }
  const calendar = (actor: AuthResult, data: Record<string, unknown>) =>
    h.call<CalendarPostView[]>(ContentSubjects.post.calendar, as(actor), data);
  const reschedule = (actor: AuthResult, postId: string, scheduledAt: Date | string) =>
    h.call<CalendarPostView>(ContentSubjects.post.reschedule, as(actor), {
      postId,
      scheduledAt: typeof scheduledAt === 'string' ? scheduledAt : scheduledAt.toISOString(),
    });
  const monthRange = () => ({ from: month.toISOString(), to: at(31, 0).toISOString() });

  it('reads a brand’s month: slots in range, ordered, with networks, excerpts and campaign colours', async () => {
    const [campaign] = await h.sql<{ id: string }>(
      `INSERT INTO content.campaigns (agency_id, brand_id, name, color) VALUES ($1, $2, 'Autumn', '#e8590c') RETURNING id`,
      [owner.claims.agencyId, brand.id],
    );
    const second = await post(at(10), { title: 'Second', status: 'scheduled', campaignId: campaign.id });
    const first = await post(at(2), { title: 'First', baseText: `${'Long text '.repeat(25)}end` });
    await post(at(3), { status: 'archived' });
    await post(null, { title: 'Unscheduled' });
    await post(at(40), { title: 'Next month' });
    await post(at(-1), { title: 'Last month' });
    await post(at(4), { brandId: otherBrand.id, title: 'Other brand' });

    const posts = await calendar(owner, { brandId: brand.id, ...monthRange() });
    expect(posts.map((p) => p.title)).toEqual(['First', 'Second']);
    const [a, b] = posts;
    expect(a).toMatchObject({
      id: first,
      brandId: brand.id,
      brandName: 'Brooklyn Roasters',
      status: 'draft',
      scheduledAt: at(2).toISOString(),
      networks: ['bluesky', 'linkedin', 'x'],
      campaign: null,
      color: null,
    });
    expect(a.excerpt.length).toBeLessThanOrEqual(140);
    expect(a.excerpt.endsWith('…')).toBe(true);
    expect(a.variants.map((v) => v.network)).toEqual(['bluesky', 'linkedin', 'x']);
    expect(b).toMatchObject({
      id: second,
      status: 'scheduled',
      campaign: { id: campaign.id, name: 'Autumn', color: '#e8590c' },
      color: '#e8590c',
      excerpt: 'Fresh beans this week at every shop',
    });
  });

  it('reads every brand in scope with their names, and only the CM’s brands for a CM', async () => {
    const all = await calendar(owner, monthRange());
    expect(new Set(all.map((p) => p.brandName))).toEqual(new Set(['Brooklyn Roasters', 'Maison Verdure']));
    const mine = await calendar(cm, monthRange());
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.brandId === brand.id && p.brandName === 'Brooklyn Roasters')).toBe(true);
    expect((await calendar(viewer, { brandId: brand.id, ...monthRange() })).length).toBe(mine.length);
  });

  it('answers NOT_FOUND for a brand out of reach, like a missing one', async () => {
    for (const brandId of [brand.id, '00000000-0000-4000-8000-00000000dead']) {
      const error = await failure(calendar(otherCm, { brandId, ...monthRange() }));
      expect(error).toMatchObject({ code: ErrorCode.NotFound, message: 'Brand not found' });
    }
  });

  it('refuses an empty, reversed or too long range, naming the rule', async () => {
    const reversed = await failure(calendar(owner, { from: at(5).toISOString(), to: at(5).toISOString() }));
    expect(reversed.fields?.[0]).toMatchObject({ field: 'to', constraint: 'afterFrom' });
    const long = await failure(calendar(owner, { from: month.toISOString(), to: at(63).toISOString() }));
    expect(long.fields?.[0]).toMatchObject({ field: 'to', constraint: 'maxRange', params: { maxDays: 62 } });
    const bad = await failure(calendar(owner, { from: 'yesterday', to: at(5).toISOString() }));
    expect(bad.fields?.[0]).toMatchObject({ field: 'from', constraint: 'isIso8601' });
  });

  it('moves a scheduled post: still scheduled, recorded, and announced again with the new time', async () => {
    const id = await post(at(12, 9), { status: 'scheduled', title: 'Launch' });
    const [{ version }] = await h.sql<{ version: number }>(
      'SELECT version FROM content.posts WHERE id = $1',
      [id],
    );
    const moved = await reschedule(cm, id, at(15, 16));
    expect(moved).toMatchObject({
      id,
      status: 'scheduled',
      scheduledAt: at(15, 16).toISOString(),
      brandName: 'Brooklyn Roasters',
      version,
    });
    const history = await h.sql<{ action: string; from_status: string; to_status: string; changes: unknown }>(
      `SELECT action, from_status, to_status, changes FROM content.post_transitions WHERE post_id = $1 AND action = 'rescheduled'`,
      [id],
    );
    expect(history).toEqual([
      {
        action: 'rescheduled',
        from_status: 'scheduled',
        to_status: 'scheduled',
        changes: { scheduledAt: { from: at(12, 9).toISOString(), to: at(15, 16).toISOString() } },
      },
    ]);
    const events = await h.sql<{ subject: string; data: Record<string, unknown> }>(
      `SELECT subject, payload->'data' AS data FROM content.outbox WHERE payload->'data'->>'postId' = $1 AND subject = $2`,
      [id, ContentEvents.postScheduled],
    );
    expect(events).toEqual([
      {
        subject: ContentEvents.postScheduled,
        data: {
          postId: id,
          brandId: brand.id,
          title: 'Launch',
          status: 'scheduled',
          version,
          authorId: owner.claims.userId,
          scheduledAt: at(15, 16).toISOString(),
          timezone: brand.timezone,
          recurrence: null,
          targets: expect.arrayContaining([
            expect.objectContaining({ network: 'x', text: expect.any(String), mediaIds: [] }),
          ]),
        },
      },
    ]);
  });

  it('moves a draft without announcing anything', async () => {
    const id = await post(at(6), { title: 'Draft' });
    await expect(reschedule(owner, id, at(7))).resolves.toMatchObject({ status: 'draft' });
    const events = await h.sql(
      `SELECT 1 FROM content.outbox WHERE payload->'data'->>'postId' = $1 AND subject = $2`,
      [id, ContentEvents.postScheduled],
    );
    expect(events).toEqual([]);
  });

  it.each([
    ['published', /already published/],
    ['archived', /archived: restore it/],
    ['in_review', /in review: withdraw it/],
  ])('refuses to move a %s post with CONFLICT and a reason', async (status, reason) => {
    const id = await post(at(8), { status });
    const error = await failure(reschedule(owner, id, at(9)));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toMatch(reason);
    const [row] = await h.sql<{ scheduled_at: Date }>(
      'SELECT scheduled_at FROM content.posts WHERE id = $1',
      [id],
    );
    expect(row.scheduled_at.toISOString()).toBe(at(8).toISOString());
  });

  it('refuses a time in the past, naming the field', async () => {
    const id = await post(at(8), { status: 'approved' });
    const error = await failure(reschedule(owner, id, new Date(Date.now() - 60_000)));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([expect.objectContaining({ field: 'scheduledAt', constraint: 'future' })]);
  });

  it('lets only writers move posts, and answers NOT_FOUND outside the caller’s brands', async () => {
    const id = await post(at(9), { status: 'approved' });
    expect((await failure(reschedule(viewer, id, at(10)))).code).toBe(ErrorCode.Forbidden);
    const hidden = await failure(reschedule(otherCm, id, at(10)));
    expect(hidden).toMatchObject({ code: ErrorCode.NotFound, message: 'Post not found' });
  });
});
