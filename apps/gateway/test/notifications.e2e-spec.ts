import { waitFor } from '@relais/server-testing';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import {
  acceptInvitation,
  BrandRef,
  connectAccount,
  createBrand,
  invite,
  Session,
  signUp,
  uniqueEmail,
} from './support/seed';

const NOTIFICATIONS = `query N($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind postId brandId brandName postTitle actorName excerpt createdAt readAt } } } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation M($id: ID!) { markNotificationRead(id: $id) { id readAt } }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

let e2e: E2ePlatform;
let owner: Session;
let am: Session;
let otherAm: Session;
let cm: Session;
let brand: BrandRef;
let accountId: string;

async function join(name: string, role: string, brandIds?: string[]): Promise<Session> {
  const { token } = await invite(owner, { email: uniqueEmail(role.toLowerCase()), role, brandIds });
  return acceptInvitation(e2e.api, token, { name });
}

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Bell Works', name: 'Olivia Owner' });
  brand = await createBrand(owner, 'Maison Verdure');
  accountId = (await connectAccount(owner, brand.id, { network: 'LINKEDIN', handle: 'maison-verdure' })).id;
  am = await join('Alice Manager', 'ACCOUNT_MANAGER');
  otherAm = await join('Omar Manager', 'ACCOUNT_MANAGER');
  cm = await join('Chloé Community', 'COMMUNITY_MANAGER', [brand.id]);
  await owner.api.data(
    'mutation P($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { mode } }',
    { input: { brandId: brand.id, mode: 'INTERNAL', steps: [{ role: 'ACCOUNT_MANAGER' }] } },
  );
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

const unread = async (session: Session): Promise<number> =>
  (await session.api.data<{ unreadNotificationCount: number }>(COUNT)).unreadNotificationCount;

async function submitNewPost(title: string): Promise<string> {
  const { createPost } = await cm.api.data(
    'mutation C($input: CreatePostInput!) { createPost(input: $input) { id } }',
    {
      input: { brandId: brand.id, title, baseText: 'Our spring collection is here', accountIds: [accountId] },
    },
  );
  await cm.api.data('mutation S($input: SubmitPostInput!) { submitPost(input: $input) { status } }', {
    input: { postId: createPost.id },
  });
  return createPost.id as string;
}

describe('notifications through the API', () => {
  let postId: string;
  let notification: AnyData;

  it('tells the step’s reviewers that a post waits for them', async () => {
    postId = await submitNewPost('Spring collection');
    await waitFor(async () => (await unread(am)) === 1, { timeoutMs: 20_000, description: 'the bell' });
    const { notifications } = await am.api.data(NOTIFICATIONS, { first: 10 });
    expect(notifications.totalCount).toBe(1);
    notification = notifications.edges[0].node;
    expect(notification).toMatchObject({
      kind: 'REVIEW_REQUESTED',
      postId,
      brandId: brand.id,
      brandName: 'Maison Verdure',
      postTitle: 'Spring collection',
      actorName: 'Chloé Community',
      readAt: null,
    });
    await waitFor(async () => (await unread(otherAm)) === 1, { timeoutMs: 20_000 });
    expect(await unread(cm)).toBe(0);
    expect(await unread(owner)).toBe(0);
  });

  it('never lets anyone else read or mark a user’s notification', async () => {
    const stolen = await otherAm.api.request(MARK, { id: notification.id });
    expect(stolen.errors[0].extensions.code).toBe('NOT_FOUND');
    const missing = await otherAm.api.request(MARK, { id: '00000000-0000-4000-8000-00000000dead' });
    expect(missing.errors[0]).toMatchObject({
      message: stolen.errors[0].message,
      extensions: { code: 'NOT_FOUND' },
    });
    const { notifications } = await otherAm.api.data(NOTIFICATIONS, {});
    expect(notifications.edges.map((edge: AnyData) => edge.node.id)).not.toContain(notification.id);
    expect(await unread(am)).toBe(1);
  });

  it('marks one read, then the rest at once', async () => {
    const { markNotificationRead } = await am.api.data(MARK, { id: notification.id });
    expect(markNotificationRead.readAt).not.toBeNull();
    expect(await unread(am)).toBe(0);
    const { notifications } = await am.api.data(NOTIFICATIONS, { unreadOnly: true });
    expect(notifications.totalCount).toBe(0);

    await submitNewPost('Summer sale');
    await waitFor(async () => (await unread(am)) === 1, { timeoutMs: 20_000 });
    const { markAllNotificationsRead } = await am.api.data(MARK_ALL);
    expect(markAllNotificationsRead).toBe(1);
    expect(await unread(am)).toBe(0);
    expect(await unread(otherAm)).toBe(2);
  });

  it('tells the author what the reviewer asked, with the comment', async () => {
    await am.api.data(
      'mutation R($input: RequestPostChangesInput!) { requestPostChanges(input: $input) { status } }',
      { input: { postId, comment: 'Shorter first line, please.' } },
    );
    await waitFor(async () => (await unread(cm)) === 1, { timeoutMs: 20_000 });
    const { notifications } = await cm.api.data(NOTIFICATIONS, {});
    expect(notifications.edges[0].node).toMatchObject({
      kind: 'CHANGES_REQUESTED',
      postId,
      actorName: 'Alice Manager',
      excerpt: 'Shorter first line, please.',
    });
  });

  it('pages with cursors and refuses a forged one', async () => {
    const first = await otherAm.api.data(NOTIFICATIONS, { first: 1 });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await otherAm.api.data(NOTIFICATIONS, {
      first: 1,
      after: first.notifications.pageInfo.endCursor,
    });
    expect(next.notifications.edges[0].node.postTitle).toBe('Spring collection');
    const forged = await otherAm.api.request(NOTIFICATIONS, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
