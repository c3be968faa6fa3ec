import { DateTime } from 'luxon';
import {
  AuthResult,
  BrandView,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Network,
  PostReviewView,
  PostScheduledEvent,
  PostStatus,
  PostView,
  PostingSlotsView,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, insertMedia, join, signUp } from './support/fixtures';

const FUTURE = '2031-06-02T07:00:00.000Z'; // Monday 09:00 in Paris

describe('content scheduling: modes, recurrence and what goes out', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let cm: AuthResult;
  let brand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Scheduling Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure', { timezone: 'Europe/Paris' });
    accounts = await connectAccounts(h, owner, brand.id, [
      Network.X,
      Network.Mastodon,
      Network.LinkedIn,
      Network.FacebookPage,
    ]);
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id], name: 'Chloé Community' });
  }, 180_000);
  afterAll(() => h?.close());

  const schedule = (postId: string, data: Record<string, unknown> = {}, actor = cm) =>
    h.call<PostReviewView>(ContentSubjects.approval.schedule, as(actor), { postId, ...data });
  const draft = (input: Record<string, unknown> = {}) =>
    createPost(h, cm, {
      brandId: brand.id,
      title: 'Spring',
      baseText: 'Spring is here',
      accountIds: [accounts[Network.X].id],
      ...input,
    });
  const eventsOf = (postId: string) =>
    h.sql<{ subject: string; data: Record<string, unknown> }>(
      `SELECT subject, payload->'data' AS data FROM content.outbox WHERE payload->'data'->>'postId' = $1 ORDER BY created_at, id`,
      [postId],
    );
  const lastScheduled = async (postId: string) =>
    (await eventsOf(postId)).filter((event) => event.subject === ContentEvents.postScheduled).at(-1)?.data as
      PostScheduledEvent | undefined;
  const getPost = (id: string) => h.call<PostView>(ContentSubjects.post.get, as(cm), { id });

  it('sends the exact text of each account, the brand timezone and no recurrence', async () => {
    const post = await draft({
      baseText: 'New spring collection',
      linkUrl: 'https://verdure.example/spring',
      accountIds: Object.values(accounts).map((account) => account.id),
      variants: [
        { network: Network.LinkedIn, text: 'Our spring collection is out.', firstComment: 'Details inside' },
      ],
    });
    const scheduled = await schedule(post.id, { scheduledAt: FUTURE });
    expect(scheduled.status).toBe(PostStatus.Scheduled);
    const event = await lastScheduled(post.id);
    expect(event).toMatchObject({
      postId: post.id,
      brandId: brand.id,
      status: PostStatus.Scheduled,
      version: (await getPost(post.id)).version,
      scheduledAt: FUTURE,
      timezone: 'Europe/Paris',
      recurrence: null,
      actorName: 'Chloé Community',
    });
    const byNetwork = Object.fromEntries(event!.targets.map((target) => [target.network, target]));
    expect(byNetwork[Network.X]).toEqual({
      accountId: accounts[Network.X].id,
      network: Network.X,
      // X takes links in the text: appended on a new paragraph, as the composer counts it.
      text: 'New spring collection\n\nhttps://verdure.example/spring',
      linkUrl: 'https://verdure.example/spring',
      // The page cannot be read (no such host): the link goes out without a card.
      linkCard: null,
      firstComment: null,
      mediaIds: [],
    });
    expect(byNetwork[Network.Mastodon].text).toBe('New spring collection\n\nhttps://verdure.example/spring');
    expect(byNetwork[Network.LinkedIn]).toMatchObject({
      text: 'Our spring collection is out.',
      linkUrl: 'https://verdure.example/spring',
      firstComment: 'Details inside',
    });
    // Facebook makes a link card: the text stays as written.
    expect(byNetwork[Network.FacebookPage].text).toBe('New spring collection');
    expect(event!.targets).toHaveLength(4);
  });

  it('schedules now: due at once although "in the future" applies otherwise', async () => {
    const post = await draft();
    const before = Date.now();
    const scheduled = await schedule(post.id, { mode: 'now' });
    expect(scheduled.status).toBe(PostStatus.Scheduled);
    const event = await lastScheduled(post.id);
    const at = new Date(event!.scheduledAt).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(scheduled.history.at(-1)).toMatchObject({ action: 'scheduled', to: PostStatus.Scheduled });
  });

  it('refuses a time with another mode than "at", and a past time', async () => {
    const post = await draft();
    const mixed = await failure(schedule(post.id, { mode: 'now', scheduledAt: FUTURE }));
    expect(mixed).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [expect.objectContaining({ field: 'scheduledAt', constraint: 'modeAt' })],
    });
    const past = await failure(schedule(post.id, { scheduledAt: '2020-01-01T00:00:00.000Z' }));
    expect(past.fields?.[0]).toMatchObject({ field: 'scheduledAt', constraint: 'future' });
    expect((await getPost(post.id)).status).toBe(PostStatus.Draft);
  });

  describe('next free slot', () => {
    it('is refused clearly while the brand has no posting slots', async () => {
      const post = await draft();
      const error = await failure(schedule(post.id, { mode: 'next_slot' }));
      expect(error).toMatchObject({
        code: ErrorCode.BadUserInput,
        message: 'This brand has no posting slots yet: add them in the brand’s settings, or choose a time',
        fields: [expect.objectContaining({ field: 'mode', constraint: 'noPostingSlots' })],
      });
      expect((await getPost(post.id)).status).toBe(PostStatus.Draft);
    });

    it('takes the first free slot, then the next one for the next post', async () => {
      const slots = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
        { weekday, time: '08:15' },
        { weekday, time: '18:45' },
      ]);
      const view = await h.call<PostingSlotsView>(ContentSubjects.slot.set, as(owner), {
        brandId: brand.id,
        slots,
      });
      const [first, second] = view.upcoming;

      const one = await draft();
      await schedule(one.id, { mode: 'next_slot' });
      expect((await getPost(one.id)).scheduledAt).toBe(first);
      const two = await draft();
      await schedule(two.id, { mode: 'next_slot' });
      expect((await getPost(two.id)).scheduledAt).toBe(second);

      const local = DateTime.fromISO(first, { zone: 'Europe/Paris' });
      expect(['08:15', '18:45']).toContain(local.toFormat('HH:mm'));
      expect(new Date(first).getTime()).toBeGreaterThan(Date.now());
      // The longest wait between two slots is 18:45 to 08:15, 13.5 hours (plus the scheduling margin).
      expect(new Date(first).getTime() - Date.now()).toBeLessThan(14 * 3600_000);
      const after = await h.call<PostingSlotsView>(ContentSubjects.slot.get, as(cm), { brandId: brand.id });
      expect(after.upcoming).not.toContain(first);
      expect(after.upcoming).not.toContain(second);
    });

    it('gives two posts scheduled at the same moment two different slots', async () => {
      const [one, two] = await Promise.all([draft(), draft()]);
      const expected = (
        await h.call<PostingSlotsView>(ContentSubjects.slot.get, as(cm), { brandId: brand.id })
      ).upcoming;
      await Promise.all([schedule(one.id, { mode: 'next_slot' }), schedule(two.id, { mode: 'next_slot' })]);
      const taken = [(await getPost(one.id)).scheduledAt, (await getPost(two.id)).scheduledAt].sort();
      expect(taken).toEqual(expected.slice(0, 2));
    });
  });

  describe('recurrence', () => {
    it('stores a weekly recurrence on the first slot’s weekday, shows it and sends it', async () => {
      const post = await draft();
      await schedule(post.id, {
        scheduledAt: FUTURE,
        recurrence: { frequency: 'weekly', interval: 2, count: 6 },
      });
      const recurrence = { frequency: 'weekly', interval: 2, weekdays: [1], until: null, count: 6 };
      expect((await getPost(post.id)).recurrence).toEqual(recurrence);
      expect(await lastScheduled(post.id)).toMatchObject({ recurrence, timezone: 'Europe/Paris' });
    });

    it('keeps the weekdays given, sorted, and the end date', async () => {
      const post = await draft();
      await schedule(post.id, {
        scheduledAt: FUTURE,
        recurrence: { frequency: 'weekly', interval: 1, weekdays: [5, 1, 3], until: '2031-06-02' },
      });
      expect((await getPost(post.id)).recurrence).toEqual({
        frequency: 'weekly',
        interval: 1,
        weekdays: [1, 3, 5],
        until: '2031-06-02',
        count: null,
      });
    });

    it('refuses an end before the first slot, a date that does not exist and weekdays on a daily one', async () => {
      const post = await draft();
      const early = await failure(
        schedule(post.id, {
          scheduledAt: FUTURE,
          recurrence: { frequency: 'daily', interval: 1, until: '2031-06-01' },
        }),
      );
      expect(early).toMatchObject({
        code: ErrorCode.BadUserInput,
        message: 'A recurrence cannot end before its first slot',
        fields: [
          {
            field: 'recurrence.until',
            message: 'until (2031-06-01) is before the first slot (2031-06-02, Europe/Paris)',
            constraint: 'notBeforeFirst',
          },
        ],
      });
      const noDay = await failure(
        schedule(post.id, {
          scheduledAt: FUTURE,
          recurrence: { frequency: 'daily', interval: 1, until: '2031-02-30' },
        }),
      );
      expect(noDay.fields?.[0]).toMatchObject({ field: 'recurrence.until', constraint: 'isDate' });
      const daily = await failure(
        schedule(post.id, {
          scheduledAt: FUTURE,
          recurrence: { frequency: 'daily', interval: 1, weekdays: [2] },
        }),
      );
      expect(daily.fields?.[0]).toMatchObject({ field: 'recurrence.weekdays', constraint: 'weeklyOnly' });
      const zero = await failure(
        schedule(post.id, { scheduledAt: FUTURE, recurrence: { frequency: 'daily', interval: 0 } }),
      );
      expect(zero.code).toBe(ErrorCode.BadUserInput);
      expect((await getPost(post.id)).status).toBe(PostStatus.Draft);
    });

    it('is cleared when the post is scheduled again without one', async () => {
      const post = await draft();
      await schedule(post.id, { scheduledAt: FUTURE, recurrence: { frequency: 'daily', interval: 1 } });
      await h.call(ContentSubjects.approval.unschedule, as(cm), { postId: post.id });
      await schedule(post.id, { scheduledAt: FUTURE });
      expect((await getPost(post.id)).recurrence).toBeNull();
      expect((await lastScheduled(post.id))?.recurrence).toBeNull();
    });
  });

  describe('a scheduled post that must not go out any more is cancelled', () => {
    const subjectsOf = async (postId: string) => (await eventsOf(postId)).map((event) => event.subject);

    it('when unscheduled', async () => {
      const post = await draft();
      await schedule(post.id, { scheduledAt: FUTURE });
      await h.call(ContentSubjects.approval.unschedule, as(cm), { postId: post.id });
      expect((await subjectsOf(post.id)).slice(-2)).toEqual([
        ContentEvents.postScheduled,
        ContentEvents.postCancelled,
      ]);
    });

    it('when edited (back to draft)', async () => {
      const post = await draft();
      await schedule(post.id, { scheduledAt: FUTURE });
      const current = await getPost(post.id);
      const edited = await h.call<PostView>(ContentSubjects.post.update, as(cm), {
        id: post.id,
        version: current.version,
        baseText: 'Spring is really here',
      });
      expect(edited.status).toBe(PostStatus.Draft);
      expect((await subjectsOf(post.id)).slice(-2)).toEqual([
        ContentEvents.postUpdated,
        ContentEvents.postCancelled,
      ]);
    });

    it('when archived; restoring it schedules it again with its content', async () => {
      const post = await draft({ linkUrl: 'https://verdure.example/a' });
      await schedule(post.id, { scheduledAt: FUTURE, recurrence: { frequency: 'daily', interval: 3 } });
      await h.call(ContentSubjects.post.archive, as(cm), { id: post.id });
      expect((await subjectsOf(post.id)).slice(-2)).toEqual([
        ContentEvents.postArchived,
        ContentEvents.postCancelled,
      ]);
      const restored = await h.call<PostView>(ContentSubjects.post.restore, as(cm), { id: post.id });
      expect(restored.status).toBe(PostStatus.Scheduled);
      expect(await lastScheduled(post.id)).toMatchObject({
        version: restored.version,
        timezone: 'Europe/Paris',
        recurrence: { frequency: 'daily', interval: 3 },
        targets: [{ network: Network.X, text: 'Spring is here\n\nhttps://verdure.example/a' }],
      });
    });

    it('a scheduled post cannot be deleted (archive it instead)', async () => {
      const post = await draft();
      await schedule(post.id, { scheduledAt: FUTURE });
      const error = await failure(h.call(ContentSubjects.post.delete, as(cm), { id: post.id }));
      expect(error.code).toBe(ErrorCode.Conflict);
      expect((await subjectsOf(post.id)).at(-1)).toBe(ContentEvents.postScheduled);
    });
  });

  it('a calendar move of a scheduled post announces the new time with the full content', async () => {
    const post = await draft();
    await schedule(post.id, { scheduledAt: FUTURE, recurrence: { frequency: 'weekly', interval: 1 } });
    const moved = '2031-06-03T16:30:00.000Z';
    await h.call(ContentSubjects.post.reschedule, as(cm), { postId: post.id, scheduledAt: moved });
    expect(await lastScheduled(post.id)).toMatchObject({
      scheduledAt: moved,
      timezone: 'Europe/Paris',
      recurrence: { frequency: 'weekly', weekdays: [1] },
      targets: [{ accountId: accounts[Network.X].id, text: 'Spring is here' }],
    });
  });

  describe('the pictures’ alt text', () => {
    it('refuses to schedule while a picture lacks the alt text the brand asks for, or has one too long', async () => {
      const strict = await createBrand(h, owner, 'Alt Brand', { requireAltText: true });
      expect(strict.guidelines.requireAltText).toBe(true);
      const strictAccounts = await connectAccounts(h, owner, strict.id, [Network.X, Network.Mastodon]);
      const mediaId = await insertMedia(h, owner, strict.id);
      const [{ file_name: fileName }] = await h.sql<{ file_name: string }>(
        'SELECT file_name FROM content.media WHERE id = $1',
        [mediaId],
      );
      const post = await createPost(h, owner, {
        brandId: strict.id,
        title: 'Tulips',
        baseText: 'Tulips are back',
        mediaIds: [mediaId],
        accountIds: Object.values(strictAccounts).map((account) => account.id),
      });
      const missing = await failure(schedule(post.id, { scheduledAt: FUTURE }, owner));
      expect(missing.code).toBe(ErrorCode.BadUserInput);
      expect(missing.fields).toEqual([
        expect.objectContaining({
          constraint: 'ALT_TEXT_MISSING',
          field: expect.stringMatching(/^variants\.(x|mastodon)\.mediaIds$/),
          params: expect.objectContaining({ mediaId, fileName }),
          message: `${fileName} has no alt text; the brand asks for a description of every image`,
        }),
      ]);

      // 1,200 characters: Mastodon takes up to 1,500, X only 1,000.
      await h.sql('UPDATE content.media SET alt_text = $2 WHERE id = $1', [mediaId, 'a'.repeat(1200)]);
      const tooLong = await failure(schedule(post.id, { scheduledAt: FUTURE }, owner));
      expect(tooLong.fields).toEqual([
        expect.objectContaining({
          field: 'variants.x.mediaIds',
          constraint: 'ALT_TEXT_TOO_LONG',
          params: expect.objectContaining({ network: Network.X, limit: 1000, used: 1200 }),
        }),
      ]);

      await h.sql('UPDATE content.media SET alt_text = $2 WHERE id = $1', [mediaId, 'Red tulips in a vase']);
      expect((await schedule(post.id, { scheduledAt: FUTURE }, owner)).status).toBe(PostStatus.Scheduled);
    });

    it('lets a brand that does not ask for alt text schedule pictures without it', async () => {
      const mediaId = await insertMedia(h, owner, brand.id);
      const post = await draft({ mediaIds: [mediaId] });
      expect((await schedule(post.id, { scheduledAt: FUTURE })).status).toBe(PostStatus.Scheduled);
    });
  });
});
