import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { addMember, connectAccount, createBrand, Session, signUp } from './support/seed';

const DAY = 24 * 3600 * 1000;
const CALENDAR = `query C($brandId: ID, $from: DateTime!, $to: DateTime!) {
  calendarPosts(brandId: $brandId, from: $from, to: $to) {
    id brandId brandName title status scheduledAt excerpt networks variants { network text }
    campaign { id name color } color version } }`;
const RESCHEDULE = `mutation R($input: ReschedulePostInput!) {
  reschedulePost(input: $input) { id status scheduledAt version } }`;

let e2e: E2ePlatform;
let owner: Session;
let viewer: Session;
let brooklyn: string;
let verdure: string;
/** The first day of next month (UTC): every slot of the test is in the future. */
let month: Date;

const at = (day: number, hour = 14) =>
  new Date(month.getTime() + day * DAY + hour * 3600 * 1000).toISOString();
const monthRange = { from: '', to: '' };

async function createPost(brandId: string, accountId: string, title: string, scheduledAt: string | null) {
  const { createPost: post } = await owner.api.data(
    'mutation P($input: CreatePostInput!) { createPost(input: $input) { id } }',
    {
      input: {
        brandId,
        accountIds: [accountId],
        title,
        baseText: `${title}: fresh beans today`,
        scheduledAt,
      },
    },
  );
  return post.id as string;
}

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Calendar Works' });
  brooklyn = (await createBrand(owner, 'Brooklyn Roasters', { timezone: 'America/New_York' })).id;
  verdure = (await createBrand(owner, 'Maison Verdure')).id;
  viewer = await addMember(e2e.api, owner, { label: 'viewer', role: 'BRAND_VIEWER', brandIds: [brooklyn] });
  const now = new Date();
  month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  monthRange.from = month.toISOString();
  monthRange.to = at(31, 0);
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

describe('calendar', () => {
  let firstPost: string;
  let secondPost: string;

  beforeAll(async () => {
    const brooklynAccount = (await connectAccount(owner, brooklyn)).id;
    const verdureAccount = (await connectAccount(owner, verdure)).id;
    secondPost = await createPost(brooklyn, brooklynAccount, 'Second', at(20, 13));
    firstPost = await createPost(brooklyn, brooklynAccount, 'First', at(3, 23));
    await createPost(brooklyn, brooklynAccount, 'Unscheduled', null);
    await createPost(verdure, verdureAccount, 'Verdure', at(5));
  });

  it('reads a brand’s month in slot order', async () => {
    const { calendarPosts } = await owner.api.data(CALENDAR, { brandId: brooklyn, ...monthRange });
    expect(calendarPosts).toEqual([
      {
        id: firstPost,
        brandId: brooklyn,
        brandName: 'Brooklyn Roasters',
        title: 'First',
        status: 'DRAFT',
        scheduledAt: at(3, 23),
        excerpt: 'First: fresh beans today',
        networks: ['MASTODON'],
        variants: [{ network: 'MASTODON', text: 'First: fresh beans today' }],
        campaign: null,
        color: null,
        version: 1,
      },
      expect.objectContaining({ id: secondPost, title: 'Second', scheduledAt: at(20, 13) }),
    ]);
  });

  it('reads every brand at once with their names', async () => {
    const { calendarPosts } = await owner.api.data(CALENDAR, monthRange);
    expect(
      calendarPosts.map((p: { title: string; brandName: string }) => `${p.title} / ${p.brandName}`),
    ).toEqual(['First / Brooklyn Roasters', 'Verdure / Maison Verdure', 'Second / Brooklyn Roasters']);
    const seen = await viewer.api.data(CALENDAR, monthRange);
    expect(seen.calendarPosts.map((p: { title: string }) => p.title)).toEqual(['First', 'Second']);
  });

  it('moves a post to another day and keeps it there', async () => {
    const { reschedulePost } = await owner.api.data(RESCHEDULE, {
      input: { postId: firstPost, scheduledAt: at(8, 15) },
    });
    expect(reschedulePost).toEqual({ id: firstPost, status: 'DRAFT', scheduledAt: at(8, 15), version: 1 });
    const { calendarPosts } = await owner.api.data(CALENDAR, { brandId: brooklyn, ...monthRange });
    expect(calendarPosts.find((p: { id: string }) => p.id === firstPost).scheduledAt).toBe(at(8, 15));
    const { post } = await owner.api.data('query Q($id: ID!) { post(id: $id) { scheduledAt } }', {
      id: firstPost,
    });
    expect(post.scheduledAt).toBe(at(8, 15));
  });

  it('refuses a slot in the past and a move by a brand viewer', async () => {
    const past = await owner.api.error(RESCHEDULE, {
      input: { postId: secondPost, scheduledAt: new Date(Date.now() - DAY).toISOString() },
    });
    expect(past.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'scheduledAt', constraint: 'future' })],
    });
    const viewerMove = await viewer.api.error(RESCHEDULE, {
      input: { postId: secondPost, scheduledAt: at(9) },
    });
    expect(viewerMove.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a range over 62 days, naming the rule', async () => {
    const error = await owner.api.error(CALENDAR, { brandId: brooklyn, from: at(0), to: at(70) });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'to', constraint: 'maxRange' })],
    });
  });
});

describe('calendar: a recurring post', () => {
  it('appears once per occurrence in the month, each saying which occurrence it is', async () => {
    const brandId = (await createBrand(owner, 'Atelier Hebdo', { timezone: 'Atlantic/Reykjavik' })).id;
    const accountId = (await connectAccount(owner, brandId)).id;
    const postId = await createPost(brandId, accountId, 'Weekly', null);
    // A Tuesday of next month at 14:00 (Reykjavik keeps UTC all year), then every Tuesday, three times in all.
    const tuesday = [2, 3, 4, 5, 6, 7, 8]
      .map((day) => at(day))
      .find((iso) => new Date(iso).getUTCDay() === 2);
    await owner.api.data(
      'mutation S($input: SchedulePostInput!) { schedulePost(input: $input) { status } }',
      {
        input: {
          postId,
          scheduledAt: tuesday,
          recurrence: { frequency: 'WEEKLY', interval: 1, count: 3 },
        },
      },
    );
    const { calendarPosts } = await owner.api.data(
      `query C($brandId: ID, $from: DateTime!, $to: DateTime!) {
        calendarPosts(brandId: $brandId, from: $from, to: $to) { id status scheduledAt occurrence { at kind } } }`,
      { brandId, ...monthRange },
    );
    const week = (n: number) => new Date(new Date(tuesday ?? '').getTime() + n * 7 * DAY).toISOString();
    expect(calendarPosts).toEqual([
      { id: postId, status: 'SCHEDULED', scheduledAt: week(0), occurrence: { at: week(0), kind: 'NEXT' } },
      { id: postId, status: 'SCHEDULED', scheduledAt: week(1), occurrence: { at: week(1), kind: 'LATER' } },
      { id: postId, status: 'SCHEDULED', scheduledAt: week(2), occurrence: { at: week(2), kind: 'LATER' } },
    ]);
  });
});
