import { DateTime } from 'luxon';
import {
  AuthResult,
  BrandView,
  CalendarPostView,
  ContentSubjects,
  Network,
  PostingSlotsView,
  PostStatus,
  PostView,
  PublishFailureCode,
} from '@relais/contracts';
import { as } from '@relais/server-testing';
import { PublishingResultsConsumer } from '../src/publishing-results/publishing-results.consumer';
import { ContentHarness, startContent } from './support/content-harness';
import { settlePublication } from './support/settled-publications';
import { connectAccounts, createBrand, createPost, signUp } from './support/fixtures';

const PARIS = 'Europe/Paris';

describe('content calendar: every occurrence of a recurring post', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let accountIds: string[];
  /** Next year: every March day of the tests is in the future. */
  let year: number;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Occurrence Studio');
    brand = await createBrand(h, owner, 'Maison Verdure', { timezone: PARIS });
    accountIds = Object.values(await connectAccounts(h, owner, brand.id, [Network.X])).map((a) => a.id);
    year = DateTime.now().year + 1;
    await h.app.get(PublishingResultsConsumer).ready();
  }, 180_000);
  afterAll(() => h?.close());

  const paris = (month: number, day: number, time = '09:00') =>
    DateTime.fromISO(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}`, {
      zone: PARIS,
    });
  const calendar = (from: Date | string, to: Date | string) =>
    h.call<CalendarPostView[]>(ContentSubjects.post.calendar, as(owner), {
      brandId: brand.id,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
  const getPost = (id: string) => h.call<PostView>(ContentSubjects.post.get, as(owner), { id });

  async function scheduled(title: string, at: Date, recurrence: Record<string, unknown>): Promise<PostView> {
    const post = await createPost(h, owner, { brandId: brand.id, title, accountIds });
    await h.call(ContentSubjects.approval.schedule, as(owner), {
      postId: post.id,
      scheduledAt: at.toISOString(),
      recurrence,
    });
    return getPost(post.id);
  }

  it('shows a daily post on every day of the month from its first slot, 09:00 Paris across the March change', async () => {
    const post = await scheduled('Daily tip', paris(3, 20).toJSDate(), { frequency: 'daily', interval: 1 });
    const entries = (await calendar(paris(3, 1, '00:00').toJSDate(), paris(4, 1, '00:00').toJSDate())).filter(
      (entry) => entry.id === post.id,
    );
    const expected = Array.from({ length: 12 }, (_, i) =>
      paris(3, 20 + i)
        .toUTC()
        .toISO(),
    );
    expect(entries.map((entry) => entry.scheduledAt)).toEqual(expected);
    // 08:00 UTC before the change, 07:00 UTC after it: always 09:00 in Paris.
    expect(expected[0]).toBe(`${year}-03-20T08:00:00.000Z`);
    expect(expected.at(-1)).toBe(`${year}-03-31T07:00:00.000Z`);
    expect(entries.map((entry) => entry.occurrence)).toEqual(
      expected.map((at, i) => ({ at, kind: i === 0 ? 'next' : 'later' })),
    );
    expect(
      entries.every((entry) => entry.title === 'Daily tip' && entry.status === PostStatus.Scheduled),
    ).toBe(true);
  });

  it('ends where the rule ends, and counts from the series’ first slot', async () => {
    const march = paris(3, 1, '18:30');
    const firstTuesday = march.plus({ days: (9 - march.weekday) % 7 });
    const post = await scheduled('Twice a week', firstTuesday.toJSDate(), {
      frequency: 'weekly',
      interval: 1,
      weekdays: [2, 5],
      count: 4,
    });
    const entries = (await calendar(paris(3, 1, '00:00').toJSDate(), paris(4, 1, '00:00').toJSDate())).filter(
      (entry) => entry.id === post.id,
    );
    // Tuesday and Friday 18:30 Paris, four in all, the first included.
    const days = entries.map((entry) => DateTime.fromISO(entry.scheduledAt, { zone: PARIS }));
    expect(days.map((day) => day.toFormat('ccc HH:mm'))).toEqual([
      'Tue 18:30',
      'Fri 18:30',
      'Tue 18:30',
      'Fri 18:30',
    ]);
    expect(days[0].toISODate()).toBe(firstTuesday.toISODate());
  });

  it('shows the settled occurrences as published or failed, then the next and the later ones, once each', async () => {
    // A daily post whose series started two days ago: moved into the past as the days would have.
    const post = await scheduled('Morning', paris(3, 20).toJSDate(), { frequency: 'daily', interval: 1 });
    const start = DateTime.now()
      .setZone(PARIS)
      .minus({ days: 2 })
      .set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
    const day = (n: number) => start.plus({ days: n }).toUTC().toISO() ?? '';
    await h.sql(`UPDATE content.posts SET scheduled_at = $2 WHERE id = $1`, [post.id, day(0)]);
    await h.sql(
      `UPDATE content.post_transitions SET changes = jsonb_set(changes, '{scheduledAt,to}', to_jsonb($2::text))
        WHERE post_id = $1 AND action = 'scheduled'`,
      [post.id, day(0)],
    );
    await settle(post, day(0), day(1), false);
    await settle(post, day(1), day(2), true);
    expect((await getPost(post.id)).scheduledAt).toBe(day(2));

    const entries = (
      await calendar(start.minus({ days: 1 }).toJSDate(), start.plus({ days: 6 }).toJSDate())
    ).filter((entry) => entry.id === post.id);
    expect(
      entries.map(({ scheduledAt, status, occurrence }) => ({ scheduledAt, status, occurrence })),
    ).toEqual([
      { scheduledAt: day(0), status: 'published', occurrence: { at: day(0), kind: 'past' } },
      { scheduledAt: day(1), status: 'failed', occurrence: { at: day(1), kind: 'past' } },
      { scheduledAt: day(2), status: 'scheduled', occurrence: { at: day(2), kind: 'next' } },
      { scheduledAt: day(3), status: 'scheduled', occurrence: { at: day(3), kind: 'later' } },
      { scheduledAt: day(4), status: 'scheduled', occurrence: { at: day(4), kind: 'later' } },
      { scheduledAt: day(5), status: 'scheduled', occurrence: { at: day(5), kind: 'later' } },
    ]);
  });

  it('keeps a post that goes out once as one entry without an occurrence', async () => {
    const once = await createPost(h, owner, { brandId: brand.id, title: 'Once', accountIds });
    await h.call(ContentSubjects.approval.schedule, as(owner), {
      postId: once.id,
      scheduledAt: paris(3, 10).toUTC().toISO(),
    });
    const entries = (await calendar(paris(3, 1, '00:00').toJSDate(), paris(4, 1, '00:00').toJSDate())).filter(
      (entry) => entry.id === once.id,
    );
    expect(entries).toEqual([
      expect.objectContaining({ scheduledAt: paris(3, 10).toUTC().toISO(), occurrence: null }),
    ]);
  });

  it('counts every occurrence of a recurring post as taken when listing free slots', async () => {
    const other = await createBrand(h, owner, 'Atelier Lundi', { timezone: PARIS });
    const otherAccounts = Object.values(await connectAccounts(h, owner, other.id, [Network.Mastodon]));
    await h.call(ContentSubjects.slot.set, as(owner), {
      brandId: other.id,
      slots: [
        { weekday: 1, time: '09:00' },
        { weekday: 3, time: '09:00' },
      ],
    });
    const before = await h.call<PostingSlotsView>(ContentSubjects.slot.get, as(owner), {
      brandId: other.id,
      upcoming: 6,
    });
    const firstMonday = before.upcoming
      .map((iso) => DateTime.fromISO(iso, { zone: PARIS }))
      .find((slot) => slot.weekday === 1);
    if (!firstMonday) throw new Error('no Monday slot');
    const post = await createPost(h, owner, {
      brandId: other.id,
      title: 'Weekly digest',
      accountIds: otherAccounts.map((a) => a.id),
    });
    await h.call(ContentSubjects.approval.schedule, as(owner), {
      postId: post.id,
      scheduledAt: firstMonday.toUTC().toISO(),
      recurrence: { frequency: 'weekly', interval: 1, weekdays: [1] },
    });
    const after = await h.call<PostingSlotsView>(ContentSubjects.slot.get, as(owner), {
      brandId: other.id,
      upcoming: 6,
    });
    // Every Monday 09:00 from the first one on is the digest's: only Wednesdays are free.
    expect(after.upcoming.map((iso) => DateTime.fromISO(iso, { zone: PARIS }).toFormat('ccc HH:mm'))).toEqual(
      Array.from({ length: 6 }, () => 'Wed 09:00'),
    );
  });

  /** Publishes one settled occurrence as the publishing service does, and waits until content handled it. */
  async function settle(post: PostView, dueAt: string, nextAt: string, failed: boolean): Promise<void> {
    await settlePublication(h, post, {
      agencyId: owner.claims.agencyId,
      accountId: accountIds[0],
      dueAt,
      publishedAt: failed ? null : dueAt,
      failure: failed
        ? { code: PublishFailureCode.Rejected, message: 'X refused the text', networkMessage: null }
        : null,
      occurrence: { total: 1, published: failed ? 0 : 1, failed: failed ? 1 : 0, pending: 0 },
      nextOccurrenceAt: nextAt,
    });
    expect((await getPost(post.id)).status).toBe(PostStatus.Scheduled);
  }
});
