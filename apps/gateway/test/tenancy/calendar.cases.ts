import { MISSING_ID, onBrandA1, TenancyDomain } from './tenancy-case';

interface CalendarSeed {
  postId: string;
  from: string;
  to: string;
}

const DAY = 24 * 3600 * 1000;

/** The calendar: brand A1's slots, and moving A1's post. */
export const calendarTenancy: TenancyDomain<CalendarSeed> = {
  name: 'calendar',
  async seed(w) {
    const slot = new Date(Date.now() + 10 * DAY);
    slot.setUTCHours(15, 0, 0, 0);
    const { createPost } = await w.ownerA.api.data(
      'mutation P($input: CreatePostInput!) { createPost(input: $input) { id } }',
      {
        input: {
          brandId: w.brandA1.id,
          title: 'A1 slot',
          baseText: 'On A1’s calendar',
          accountIds: [w.accountA1],
          scheduledAt: slot.toISOString(),
        },
      },
    );
    return {
      postId: createPost.id,
      from: new Date(slot.getTime() - 20 * DAY).toISOString(),
      to: new Date(slot.getTime() + 20 * DAY).toISOString(),
    };
  },
  ids: (s) => [s.postId],
  async snapshot(w, s) {
    return w.ownerA.api.data(
      `query S($brandId: ID!, $from: DateTime!, $to: DateTime!) {
        calendarPosts(brandId: $brandId, from: $from, to: $to) { id title status scheduledAt version } }`,
      { brandId: w.brandA1.id, from: s.from, to: s.to },
    );
  },
  cases: {
    'Query.calendarPosts': onBrandA1<CalendarSeed>(
      'reads the calendar of A1',
      'query Q($brandId: ID, $from: DateTime!, $to: DateTime!) { calendarPosts(brandId: $brandId, from: $from, to: $to) { id title } }',
      (w, s) => ({ brandId: w.brandA1.id, from: s.from, to: s.to }),
      (_w, s) => ({ brandId: MISSING_ID, from: s.from, to: s.to }),
    ),
    'Mutation.reschedulePost': onBrandA1<CalendarSeed>(
      'moves a post of A1',
      'mutation M($input: ReschedulePostInput!) { reschedulePost(input: $input) { id scheduledAt } }',
      (_w, s) => ({
        input: { postId: s.postId, scheduledAt: new Date(Date.now() + 30 * DAY).toISOString() },
      }),
    ),
  },
};
