import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  BrandView,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Network,
  OccurrenceTally,
  PostReviewView,
  PostStatus,
  PostView,
  PublicationSettledEvent,
  PublishFailureCode,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { PublishingResultsConsumer } from '../src/publishing-results/publishing-results.consumer';
import { ContentHarness, startContent } from './support/content-harness';
import { settlePublication } from './support/settled-publications';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

const FUTURE = '2031-06-02T07:00:00.000Z';
const DUPLICATE = 'X refused the post as a duplicate of a recent one';

describe('content follows publishing outcomes', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let cm: AuthResult;
  let brand: BrandView;
  let accounts: SocialAccountView[];

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Outcomes Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure');
    accounts = Object.values(
      await connectAccounts(h, owner, brand.id, [Network.X, Network.Mastodon, Network.LinkedIn]),
    );
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id], name: 'Chloé Community' });
    await h.app.get(PublishingResultsConsumer).ready();
  }, 180_000);
  afterAll(() => h?.close());

  const getPost = (id: string) => h.call<PostView>(ContentSubjects.post.get, as(cm), { id });
  const review = (postId: string) =>
    h.call<PostReviewView>(ContentSubjects.approval.rounds, as(cm), { postId });
  const scheduledPost = async (data: Record<string, unknown> = {}) => {
    const post = await createPost(h, cm, {
      brandId: brand.id,
      title: 'Spring',
      accountIds: accounts.map((account) => account.id),
    });
    await h.call(ContentSubjects.approval.schedule, as(cm), {
      postId: post.id,
      scheduledAt: FUTURE,
      ...data,
    });
    return getPost(post.id);
  };
  const tally = (published: number, failed: number, pending = 0): OccurrenceTally => ({
    total: published + failed + pending,
    published,
    failed,
    pending,
  });

  /** Publishes a settled publication as the publishing service does, and waits until content handled it. */
  const settle = (
    post: PostView,
    occurrence: OccurrenceTally,
    extra: Partial<PublicationSettledEvent> & { eventId?: string } = {},
  ) =>
    settlePublication(h, post, {
      agencyId: owner.claims.agencyId,
      accountId: accounts[0].id,
      dueAt: post.scheduledAt ?? FUTURE,
      occurrence,
      ...extra,
    });
  const duplicate = { code: PublishFailureCode.Duplicate, message: DUPLICATE, networkMessage: null };

  it('waits for every account, then fails the post with the reason, as the system', async () => {
    const post = await scheduledPost();
    await settle(post, tally(1, 0, 2));
    await settle(post, tally(2, 0, 1));
    expect((await getPost(post.id)).status).toBe(PostStatus.Scheduled);
    await settle(post, tally(2, 1), { failure: duplicate, accountId: accounts[2].id });
    expect((await getPost(post.id)).status).toBe(PostStatus.Failed);
    expect((await review(post.id)).history.at(-1)).toMatchObject({
      action: 'failed',
      from: PostStatus.Scheduled,
      to: PostStatus.Failed,
      actorId: null,
      actorName: null,
      note: `Failed on 1 of 3 accounts: ${DUPLICATE}`,
      summary: {
        total: 3,
        failed: 1,
        network: Network.X,
        failureCode: PublishFailureCode.Duplicate,
        networkMessage: null,
      },
    });
    const [row] = await h.sql<{ via: string; changes: { occurrence: OccurrenceTally } }>(
      `SELECT via, changes FROM content.post_transitions WHERE post_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [post.id],
    );
    expect(row).toMatchObject({ via: 'system', changes: { occurrence: tally(2, 1) } });

    // A failed post cannot be scheduled again by mistake.
    const again = await failure(
      h.call(ContentSubjects.approval.schedule, as(cm), { postId: post.id, scheduledAt: FUTURE }),
    );
    expect(again).toMatchObject({
      code: ErrorCode.Conflict,
      message:
        'This post is failed; retry the accounts that failed, or edit it (it goes back to draft) and schedule it again',
    });

    // A retry that works: failed → published.
    await settle(post, tally(3, 0), { accountId: accounts[2].id });
    expect((await getPost(post.id)).status).toBe(PostStatus.Published);
    expect((await review(post.id)).history.at(-1)).toMatchObject({
      action: 'published',
      from: PostStatus.Failed,
      to: PostStatus.Published,
      note: 'Published on 3 accounts',
    });
    const published = await failure(
      h.call(ContentSubjects.approval.schedule, as(cm), { postId: post.id, scheduledAt: FUTURE }),
    );
    expect(published.message).toBe(
      'This post is published; it went out already; duplicate it to post it again',
    );
  });

  it('publishes when every account published, once whatever the redeliveries', async () => {
    const post = await scheduledPost();
    const eventId = randomUUID();
    await settle(post, tally(3, 0), { eventId });
    await settle(post, tally(3, 0), { eventId });
    await settle(post, tally(3, 0));
    expect((await getPost(post.id)).status).toBe(PostStatus.Published);
    const moves = (await review(post.id)).history.filter((entry) => entry.to === PostStatus.Published);
    expect(moves).toHaveLength(1);
  });

  it('a failed post can be edited back to draft, which cancels what was left', async () => {
    const post = await scheduledPost();
    await settle(post, tally(0, 3), { failure: duplicate });
    const failed = await getPost(post.id);
    expect(failed.status).toBe(PostStatus.Failed);
    const edited = await h.call<PostView>(ContentSubjects.post.update, as(cm), {
      id: post.id,
      version: failed.version,
      baseText: 'Spring is here, again',
    });
    expect(edited.status).toBe(PostStatus.Draft);
    const subjects = await h.sql<{ subject: string }>(
      `SELECT subject FROM content.outbox WHERE payload->'data'->>'postId' = $1 ORDER BY created_at, id`,
      [post.id],
    );
    expect(subjects.map((row) => row.subject).slice(-2)).toEqual([
      ContentEvents.postUpdated,
      ContentEvents.postCancelled,
    ]);
  });

  it('ignores the outcome of an older version of the post', async () => {
    const post = await scheduledPost();
    await h.call<PostView>(ContentSubjects.post.update, as(cm), {
      id: post.id,
      version: post.version,
      baseText: 'Changed after scheduling',
    });
    await h.call(ContentSubjects.approval.schedule, as(cm), { postId: post.id, scheduledAt: FUTURE });
    const current = await getPost(post.id);
    expect(current.version).toBeGreaterThan(post.version);
    await settle({ ...current, version: post.version }, tally(3, 0));
    expect((await getPost(post.id)).status).toBe(PostStatus.Scheduled);
    await settle(current, tally(3, 0));
    expect((await getPost(post.id)).status).toBe(PostStatus.Published);
  });

  it('keeps a recurring post scheduled at its next occurrence until the series ends', async () => {
    const post = await scheduledPost({ recurrence: { frequency: 'weekly', interval: 1, count: 2 } });
    const next = '2031-06-09T07:00:00.000Z';
    await settle(post, tally(2, 1), { failure: duplicate, nextOccurrenceAt: next });
    const waiting = await getPost(post.id);
    expect(waiting).toMatchObject({ status: PostStatus.Scheduled, scheduledAt: next });
    expect((await review(post.id)).history.at(-1)).toMatchObject({
      action: 'occurrence_failed',
      from: PostStatus.Scheduled,
      to: PostStatus.Scheduled,
      note: `Failed on 1 of 3 accounts: ${DUPLICATE}`,
    });
    // A late retry of the first occurrence does not settle the post waiting for the second.
    await settle(post, tally(3, 0), { dueAt: FUTURE });
    expect((await getPost(post.id)).status).toBe(PostStatus.Scheduled);

    await settle(waiting, tally(3, 0), { dueAt: next });
    expect(await getPost(post.id)).toMatchObject({ status: PostStatus.Published, scheduledAt: next });
  });

  it('leaves an unscheduled post as it is', async () => {
    const post = await scheduledPost();
    await h.call(ContentSubjects.approval.unschedule, as(cm), { postId: post.id });
    const approved = await getPost(post.id);
    await settle(approved, tally(3, 0));
    expect((await getPost(post.id)).status).toBe(PostStatus.Approved);
  });
});
