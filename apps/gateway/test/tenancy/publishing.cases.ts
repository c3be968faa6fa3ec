import { Session } from '../support/seed';
import { onBrandA1, TenancyDomain } from './tenancy-case';

interface PublishingSeed {
  /** A post of A1 scheduled a year ahead, and the publication waiting for it on A1's account. */
  postId: string;
  publicationId: string;
}

const DAY = 24 * 3600 * 1000;
const PUBLICATIONS = 'publications { id accountId status dueAt attempts failure { code } canRetry }';

/** The post's publications once the publishing service has taken the schedule in. */
async function publicationsOf(owner: Session, postId: string): Promise<{ id: string }[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { post } = await owner.api.data('query P($id: ID!) { post(id: $id) { publications { id } } }', {
      id: postId,
    });
    if (post.publications.length > 0) return post.publications;
    if (Date.now() > deadline) throw new Error(`No publication appeared for post ${postId}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Publications: reading a post's outcomes, sending a failed one again, scheduling now and again. */
export const publishingTenancy: TenancyDomain<PublishingSeed> = {
  name: 'publishing',
  async seed(w) {
    const { createPost } = await w.ownerA.api.data(
      'mutation P($input: CreatePostInput!) { createPost(input: $input) { id } }',
      {
        input: {
          brandId: w.brandA1.id,
          title: 'A1 next year',
          baseText: 'Out next year',
          accountIds: [w.accountA1],
        },
      },
    );
    await w.ownerA.api.data(
      'mutation S($input: SchedulePostInput!) { schedulePost(input: $input) { status } }',
      { input: { postId: createPost.id, scheduledAt: new Date(Date.now() + 365 * DAY).toISOString() } },
    );
    const [publication] = await publicationsOf(w.ownerA, createPost.id);
    return { postId: createPost.id, publicationId: publication.id };
  },
  ids: (s) => [s.postId, s.publicationId],
  async snapshot(w, s) {
    return w.ownerA.api.data(
      `query S($id: ID!) { post(id: $id) { status scheduledAt recurrence { frequency } ${PUBLICATIONS} } }`,
      {
        id: s.postId,
      },
    );
  },
  cases: {
    'Query.post': onBrandA1<PublishingSeed>(
      'reads where a post of A1 went out',
      `query Q($id: ID!) { post(id: $id) { id ${PUBLICATIONS} } }`,
      (_w, s) => ({ id: s.postId }),
    ),
    'Mutation.retryPublication': onBrandA1<PublishingSeed>(
      'sends a publication of A1 again',
      'mutation M($id: ID!) { retryPublication(id: $id) { id status } }',
      (_w, s) => ({ id: s.publicationId }),
    ),
    'Mutation.schedulePost': onBrandA1<PublishingSeed>(
      'sends a post of A1 out now, every day',
      'mutation M($input: SchedulePostInput!) { schedulePost(input: $input) { status } }',
      (_w, s) => ({
        input: { postId: s.postId, mode: 'NOW', recurrence: { frequency: 'DAILY', interval: 1, count: 3 } },
      }),
    ),
  },
};
