import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
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

/**
 * Each of the seven roles tries each move of the approval flow on a post in the state the move starts
 * from; only the roles the rules name may make it. Everyone else is refused with FORBIDDEN (they can see
 * the post) and the post does not change. Posts are written and submitted by a community manager who
 * is not among the actors, so "the submitter may withdraw" never hides a role's own right.
 */
type RoleName =
  'OWNER' | 'ADMIN' | 'ACCOUNT_MANAGER' | 'COMMUNITY_MANAGER' | 'ANALYST' | 'BRAND_APPROVER' | 'BRAND_VIEWER';
const ROLES: RoleName[] = [
  'OWNER',
  'ADMIN',
  'ACCOUNT_MANAGER',
  'COMMUNITY_MANAGER',
  'ANALYST',
  'BRAND_APPROVER',
  'BRAND_VIEWER',
];

/** Where a post must be for the move, reached by the rightful people. */
type Setup = 'draft' | 'agencyStep' | 'clientStep' | 'approved' | 'scheduled';

interface Move {
  name: string;
  from: Setup;
  /** The status the post shows before the move. */
  status: string;
  mutation: string;
  input: (postId: string) => Record<string, unknown>;
  allowed: RoleName[];
  to: string;
}

const REVIEW = 'status currentStep { position }';
const MOVES: Move[] = [
  {
    name: 'submit a draft',
    from: 'draft',
    status: 'DRAFT',
    mutation: `mutation M($input: SubmitPostInput!) { submitPost(input: $input) { ${REVIEW} } }`,
    input: (postId) => ({ input: { postId } }),
    allowed: ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'],
    to: 'IN_REVIEW',
  },
  {
    name: 'withdraw someone else’s submission',
    from: 'agencyStep',
    status: 'IN_REVIEW',
    mutation: `mutation M($postId: ID!) { withdrawPost(postId: $postId) { ${REVIEW} } }`,
    input: (postId) => ({ postId }),
    allowed: ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
    to: 'DRAFT',
  },
  {
    name: 'approve the account manager step',
    from: 'agencyStep',
    status: 'IN_REVIEW',
    mutation: `mutation M($input: ApprovePostInput!) { approvePost(input: $input) { ${REVIEW} } }`,
    input: (postId) => ({ input: { postId } }),
    allowed: ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
    to: 'IN_REVIEW',
  },
  {
    name: 'request changes at the account manager step',
    from: 'agencyStep',
    status: 'IN_REVIEW',
    mutation: `mutation M($input: RequestPostChangesInput!) { requestPostChanges(input: $input) { ${REVIEW} } }`,
    input: (postId) => ({ input: { postId, comment: 'Shorter, please' } }),
    allowed: ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'],
    to: 'CHANGES_REQUESTED',
  },
  {
    name: 'approve the client step',
    from: 'clientStep',
    status: 'IN_REVIEW',
    mutation: `mutation M($input: ApprovePostInput!) { approvePost(input: $input) { ${REVIEW} } }`,
    input: (postId) => ({ input: { postId } }),
    allowed: ['BRAND_APPROVER'],
    to: 'APPROVED',
  },
  {
    name: 'request changes at the client step',
    from: 'clientStep',
    status: 'IN_REVIEW',
    mutation: `mutation M($input: RequestPostChangesInput!) { requestPostChanges(input: $input) { ${REVIEW} } }`,
    input: (postId) => ({ input: { postId, comment: 'Another photo, please' } }),
    allowed: ['BRAND_APPROVER'],
    to: 'CHANGES_REQUESTED',
  },
  {
    name: 'schedule an approved post',
    from: 'approved',
    status: 'APPROVED',
    mutation: `mutation M($input: SchedulePostInput!) { schedulePost(input: $input) { ${REVIEW} } }`,
    input: (postId) => ({ input: { postId, scheduledAt: '2031-09-01T08:00:00Z' } }),
    allowed: ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'],
    to: 'SCHEDULED',
  },
  {
    name: 'unschedule a scheduled post',
    from: 'scheduled',
    status: 'SCHEDULED',
    mutation: `mutation M($postId: ID!) { unschedulePost(postId: $postId) { ${REVIEW} } }`,
    input: (postId) => ({ postId }),
    allowed: ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'],
    to: 'APPROVED',
  },
];

let e2e: E2ePlatform;
let owner: Session;
let brand: BrandRef;
let accountId: string;
/** Writes and submits every post; never one of the actors. */
let author: Session;
/** The rightful reviewers, to bring posts to the state a move starts from. */
let reviewerAm: Session;
let reviewerClient: Session;
const actors = {} as Record<RoleName, Session>;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Role Matrix', name: 'Olivia Owner' });
  brand = await createBrand(owner, 'Matrix Brand');
  accountId = (await connectAccount(owner, brand.id, { network: 'X', handle: '@matrix' })).id;
  const join = async (role: RoleName, brandScoped: boolean): Promise<Session> => {
    const { token } = await invite(owner, {
      email: uniqueEmail(role.toLowerCase()),
      role,
      brandIds: brandScoped ? [brand.id] : undefined,
    });
    return acceptInvitation(e2e.api, token, { name: `${role} person` });
  };
  author = await join('COMMUNITY_MANAGER', true);
  reviewerAm = await join('ACCOUNT_MANAGER', false);
  reviewerClient = await join('BRAND_APPROVER', true);
  actors.OWNER = owner;
  for (const role of ROLES.slice(1)) {
    actors[role] = await join(role, ['COMMUNITY_MANAGER', 'BRAND_APPROVER', 'BRAND_VIEWER'].includes(role));
  }
  await owner.api.data(
    'mutation P($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { mode } }',
    {
      input: {
        brandId: brand.id,
        mode: 'INTERNAL_THEN_CLIENT',
        steps: [{ role: 'ACCOUNT_MANAGER' }, { role: 'BRAND_APPROVER' }],
      },
    },
  );
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
});

async function postIn(setup: Setup): Promise<string> {
  const { createPost } = await author.api.data(
    'mutation C($input: CreatePostInput!) { createPost(input: $input) { id } }',
    { input: { brandId: brand.id, title: `In ${setup}`, baseText: 'Matrix post', accountIds: [accountId] } },
  );
  const postId: string = createPost.id;
  if (setup === 'draft') return postId;
  await author.api.data('mutation S($input: SubmitPostInput!) { submitPost(input: $input) { status } }', {
    input: { postId },
  });
  if (setup === 'agencyStep') return postId;
  const approve = 'mutation A($input: ApprovePostInput!) { approvePost(input: $input) { status } }';
  await reviewerAm.api.data(approve, { input: { postId } });
  if (setup === 'clientStep') return postId;
  await reviewerClient.api.data(approve, { input: { postId } });
  if (setup === 'approved') return postId;
  await author.api.data('mutation S($input: SchedulePostInput!) { schedulePost(input: $input) { status } }', {
    input: { postId, scheduledAt: '2031-08-01T08:00:00Z' },
  });
  return postId;
}

async function statusOf(postId: string): Promise<{ status: string; version: number }> {
  const { post } = await owner.api.data('query P($id: ID!) { post(id: $id) { status version } }', {
    id: postId,
  });
  return post;
}

describe.each(MOVES)('$name', (move) => {
  const cases = ROLES.map((role) => ({ role, verdict: move.allowed.includes(role) ? 'may' : 'may not' }));

  it.each(cases)('$role $verdict', async ({ role }) => {
    const postId = await postIn(move.from);
    const before = await statusOf(postId);
    expect(before.status).toBe(move.status);

    const response = await actors[role].api.request(move.mutation, move.input(postId));
    if (move.allowed.includes(role)) {
      expect(response.errors).toEqual([]);
      expect((await statusOf(postId)).status).toBe(move.to);
    } else {
      expect(response.errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
      expect(response.errors[0].message).toMatch(/^(Only|This step)/);
      expect(await statusOf(postId)).toEqual(before);
    }
  });
});
