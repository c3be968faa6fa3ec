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

const REVIEW_FIELDS = `postId status round allowedActions currentStep { position role audience }
  rounds { number version submittedByName closedAt outcome
    decisions { position role decision byName viaLink comment decidedAt }
    changes { field network parts { kind text } } }
  history { action from to actorName actorRole viaLink note at }`;
const REVIEW = `query Review($postId: ID!) { postReview(postId: $postId) { ${REVIEW_FIELDS} } }`;
const SUBMIT = `mutation Submit($input: SubmitPostInput!) { submitPost(input: $input) { ${REVIEW_FIELDS} } }`;
const APPROVE = `mutation Approve($input: ApprovePostInput!) { approvePost(input: $input) { ${REVIEW_FIELDS} } }`;
const REQUEST_CHANGES = `mutation Changes($input: RequestPostChangesInput!) {
  requestPostChanges(input: $input) { ${REVIEW_FIELDS} } }`;
const SCHEDULE = `mutation Schedule($input: SchedulePostInput!) { schedulePost(input: $input) { ${REVIEW_FIELDS} } }`;
const SET_POLICY = `mutation Policy($input: SetApprovalPolicyInput!) {
  setApprovalPolicy(input: $input) { brandId mode steps { position role audience } updatedAt } }`;
const COMMENTS = `query Comments($postId: ID!) { postComments(postId: $postId) {
  id parentId body visibility authorId authorName authorRole viaLink mentions deleted editedAt } }`;
const ADD_COMMENT = `mutation Add($input: AddPostCommentInput!) { addPostComment(input: $input) {
  id parentId body visibility authorName mentions deleted } }`;

let e2e: E2ePlatform;
let owner: Session;
let am: Session;
let cm: Session;
let analyst: Session;
let approver: Session;
let viewer: Session;
let brand: BrandRef;
let accountX: string;
let accountLinkedIn: string;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Approval Works', name: 'Olivia Owner' });
  brand = await createBrand(owner, 'Maison Verdure');
  accountX = (await connectAccount(owner, brand.id, { network: 'X', handle: '@verdure' })).id;
  accountLinkedIn = (await connectAccount(owner, brand.id, { network: 'LINKEDIN', handle: 'maison-verdure' }))
    .id;
  am = await join('Alice Manager', 'ACCOUNT_MANAGER');
  cm = await join('Chloé Community', 'COMMUNITY_MANAGER', [brand.id]);
  analyst = await join('Anna Analyst', 'ANALYST');
  approver = await join('Bruno Brand', 'BRAND_APPROVER', [brand.id]);
  viewer = await join('Vera Viewer', 'BRAND_VIEWER', [brand.id]);
  await am.api.data(SET_POLICY, {
    input: {
      brandId: brand.id,
      mode: 'INTERNAL_THEN_CLIENT',
      steps: [{ role: 'ACCOUNT_MANAGER' }, { role: 'BRAND_APPROVER' }],
    },
  });
}, 180_000);

/** A new member of the agency, signed in, with the name the history shows. */
async function join(name: string, role: string, brandIds?: string[]): Promise<Session> {
  const { token } = await invite(owner, { email: uniqueEmail(role.toLowerCase()), role, brandIds });
  return acceptInvitation(e2e.api, token, { name });
}

afterAll(async () => {
  await e2e?.stop();
});

async function createDraft(author: Session, title: string): Promise<AnyData> {
  const { createPost } = await author.api.data(
    `mutation Create($input: CreatePostInput!) { createPost(input: $input) { id version variants { network text } } }`,
    {
      input: {
        brandId: brand.id,
        title,
        baseText: 'Our spring collection is here',
        accountIds: [accountX, accountLinkedIn],
      },
    },
  );
  return createPost;
}

async function update(author: Session, postId: string, changes: Record<string, unknown>): Promise<AnyData> {
  const { post } = await author.api.data('query P($id: ID!) { post(id: $id) { version } }', { id: postId });
  const { updatePost } = await author.api.data(
    'mutation U($input: UpdatePostInput!) { updatePost(input: $input) { id version status variants { network customized text } } }',
    { input: { id: postId, version: post.version, ...changes } },
  );
  return updatePost;
}

const texts = (parts: { kind: string; text: string }[]) => parts.map((part) => `${part.kind}:${part.text}`);

describe('the approval of a post, from draft to scheduled', () => {
  let postId: string;

  it('starts as a draft the author may submit', async () => {
    const post = await createDraft(cm, 'Spring collection');
    postId = post.id;
    const edited = await update(cm, postId, {
      variants: [{ network: 'LINKEDIN', text: 'Our spring collection is here. Discover it in our shops.' }],
    });
    expect(edited.variants).toContainEqual(
      expect.objectContaining({ network: 'LINKEDIN', customized: true }),
    );

    const { postReview } = await cm.api.data(REVIEW, { postId });
    expect(postReview).toMatchObject({
      status: 'DRAFT',
      round: null,
      currentStep: null,
      allowedActions: ['SUBMIT'],
    });
    const asViewer = await viewer.api.data(REVIEW, { postId });
    expect(asViewer.postReview.allowedActions).toEqual([]);
  });

  it('goes to the account manager first', async () => {
    const { submitPost } = await cm.api.data(SUBMIT, { input: { postId, note: 'First draft for spring' } });
    expect(submitPost).toMatchObject({
      status: 'IN_REVIEW',
      round: 1,
      currentStep: { position: 1, role: 'ACCOUNT_MANAGER', audience: 'AGENCY' },
      allowedActions: ['WITHDRAW'],
    });
    const asAm = await am.api.data(REVIEW, { postId });
    expect(asAm.postReview.allowedActions).toEqual(['WITHDRAW', 'APPROVE', 'REQUEST_CHANGES']);
    const asApprover = await approver.api.data(REVIEW, { postId });
    expect(asApprover.postReview.allowedActions).toEqual([]);

    const { approvePost } = await am.api.data(APPROVE, { input: { postId, comment: 'Fine by me' } });
    expect(approvePost).toMatchObject({
      status: 'IN_REVIEW',
      currentStep: { position: 2, role: 'BRAND_APPROVER', audience: 'CLIENT' },
    });
  });

  it('then to the client, who asks for a change with a comment', async () => {
    const noComment = await approver.api.error(REQUEST_CHANGES, { input: { postId, comment: '' } });
    expect(noComment.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'comment' })],
    });

    const { requestPostChanges } = await approver.api.data(REQUEST_CHANGES, {
      input: { postId, comment: 'Please say that the collection is available online too.' },
    });
    expect(requestPostChanges).toMatchObject({ status: 'CHANGES_REQUESTED', currentStep: null });
    expect(requestPostChanges.rounds[0]).toMatchObject({ outcome: 'CHANGES_REQUESTED' });
    expect(requestPostChanges.rounds[0].decisions).toEqual([
      expect.objectContaining({
        position: 1,
        role: 'ACCOUNT_MANAGER',
        decision: 'APPROVED',
        byName: 'Alice Manager',
        comment: null,
      }),
      expect.objectContaining({
        position: 2,
        role: 'BRAND_APPROVER',
        decision: 'CHANGES_REQUESTED',
        byName: 'Bruno Brand',
        viaLink: false,
        comment: 'Please say that the collection is available online too.',
      }),
    ]);
  });

  it('the author edits and resubmits; round 2 shows what changed since round 1', async () => {
    await update(cm, postId, {
      baseText: 'Our spring collection is here, in our shops and online',
      variants: [
        { network: 'LINKEDIN', text: 'Our spring collection is here. Discover it in our shops and online.' },
      ],
    });
    const { submitPost } = await cm.api.data(SUBMIT, { input: { postId } });
    expect(submitPost).toMatchObject({ status: 'IN_REVIEW', round: 2, currentStep: { position: 1 } });
    const [first, second] = submitPost.rounds;
    expect(first.changes).toEqual([]);
    const base = second.changes.find(
      (change: AnyData) => change.field === 'baseText' && change.network === null,
    );
    expect(texts(base.parts)).toEqual([
      'SAME:Our spring collection is here',
      'ADDED:, in our shops and online',
    ]);
    const linkedIn = second.changes.find(
      (change: AnyData) => change.field === 'text' && change.network === 'LINKEDIN',
    );
    expect(texts(linkedIn.parts)).toContain('ADDED:and online');
    expect(second.changes.map((change: AnyData) => [change.field, change.network])).toEqual(
      expect.arrayContaining([
        ['baseText', null],
        ['text', 'X'],
        ['text', 'LINKEDIN'],
      ]),
    );
  });

  it('is approved by the account manager, then the client, and scheduled', async () => {
    await am.api.data(APPROVE, { input: { postId } });
    const early = await cm.api.error(SCHEDULE, { input: { postId, scheduledAt: '2031-04-01T08:00:00Z' } });
    expect(early.extensions.code).toBe('CONFLICT');
    expect(early.message).toBe('This post is in review; only an approved post can be scheduled');

    const { approvePost } = await approver.api.data(APPROVE, {
      input: { postId, comment: 'Perfect, thank you!' },
    });
    expect(approvePost).toMatchObject({ status: 'APPROVED', currentStep: null });
    expect(approvePost.rounds[1]).toMatchObject({ outcome: 'APPROVED' });

    const { schedulePost } = await cm.api.data(SCHEDULE, {
      input: { postId, scheduledAt: '2031-04-01T10:00:00+02:00' },
    });
    expect(schedulePost).toMatchObject({ status: 'SCHEDULED', allowedActions: ['UNSCHEDULE'] });
    const { post } = await cm.api.data('query P($id: ID!) { post(id: $id) { status scheduledAt } }', {
      id: postId,
    });
    expect(post).toEqual({ status: 'SCHEDULED', scheduledAt: '2031-04-01T08:00:00.000Z' });
  });

  it('lists every step in its history, with who took it', async () => {
    const { postReview } = await owner.api.data(REVIEW, { postId });
    const steps = postReview.history
      .filter((entry: AnyData) => entry.action !== 'created' && entry.action !== 'edited')
      .map((entry: AnyData) => [entry.action, entry.from, entry.to, entry.actorName, entry.actorRole]);
    expect(steps).toEqual([
      ['submitted', 'DRAFT', 'IN_REVIEW', 'Chloé Community', 'COMMUNITY_MANAGER'],
      ['approved', 'IN_REVIEW', 'IN_REVIEW', 'Alice Manager', 'ACCOUNT_MANAGER'],
      ['changes_requested', 'IN_REVIEW', 'CHANGES_REQUESTED', 'Bruno Brand', 'BRAND_APPROVER'],
      ['submitted', 'CHANGES_REQUESTED', 'IN_REVIEW', 'Chloé Community', 'COMMUNITY_MANAGER'],
      ['approved', 'IN_REVIEW', 'IN_REVIEW', 'Alice Manager', 'ACCOUNT_MANAGER'],
      ['approved', 'IN_REVIEW', 'APPROVED', 'Bruno Brand', 'BRAND_APPROVER'],
      ['scheduled', 'APPROVED', 'SCHEDULED', 'Chloé Community', 'COMMUNITY_MANAGER'],
    ]);
    expect(postReview.history[0]).toMatchObject({
      action: 'created',
      from: null,
      to: 'DRAFT',
      actorName: 'Chloé Community',
    });
    expect(postReview.history.find((entry: AnyData) => entry.action === 'submitted').note).toBe(
      'First draft for spring',
    );
  });
});

describe('the approval policy', () => {
  it('is read by everyone who sees the brand and changed by managers only', async () => {
    const { approvalPolicy } = await viewer.api.data(
      'query P($brandId: ID!) { approvalPolicy(brandId: $brandId) { mode steps { position role audience } } }',
      { brandId: brand.id },
    );
    expect(approvalPolicy).toEqual({
      mode: 'INTERNAL_THEN_CLIENT',
      steps: [
        { position: 1, role: 'ACCOUNT_MANAGER', audience: 'AGENCY' },
        { position: 2, role: 'BRAND_APPROVER', audience: 'CLIENT' },
      ],
    });
    const refused = await cm.api.error(SET_POLICY, { input: { brandId: brand.id, mode: 'NONE', steps: [] } });
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const invalid = await owner.api.error(SET_POLICY, {
      input: { brandId: brand.id, mode: 'INTERNAL', steps: [{ role: 'ANALYST' }] },
    });
    expect(invalid.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'steps.0.role', constraint: 'notApprover' }),
      ]),
    });
  });
});

describe('comments', () => {
  let postId: string;
  let internalId: string;
  let sharedId: string;

  beforeAll(async () => {
    postId = (await createDraft(cm, 'Comments')).id;
  });

  it('offers the brand’s readers to mention, and refuses people who cannot read the comment', async () => {
    const { mentionableMembers } = await cm.api.data(
      'query M($brandId: ID!) { mentionableMembers(brandId: $brandId) { userId name role } }',
      { brandId: brand.id },
    );
    expect(mentionableMembers.map((member: AnyData) => member.name).sort()).toEqual(
      [
        'Alice Manager',
        'Anna Analyst',
        'Bruno Brand',
        'Chloé Community',
        'Olivia Owner',
        'Vera Viewer',
      ].sort(),
    );
    const asClient = await approver.api.data(
      'query M($brandId: ID!) { mentionableMembers(brandId: $brandId) { userId } }',
      { brandId: brand.id },
    );
    expect(asClient.mentionableMembers).toEqual([]);

    const refused = await cm.api.error(ADD_COMMENT, {
      input: {
        postId,
        body: 'Agency only',
        visibility: 'INTERNAL',
        mentionUserIds: [am.userId, approver.userId],
      },
    });
    expect(refused.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'mentionUserIds.1', constraint: 'notMentionable' })],
    });
  });

  it('keeps internal comments from brand users, not even counting them', async () => {
    const internal = await cm.api.data(ADD_COMMENT, {
      input: {
        postId,
        body: '@Alice can you check the tone?',
        visibility: 'INTERNAL',
        mentionUserIds: [am.userId],
      },
    });
    internalId = internal.addPostComment.id;
    expect(internal.addPostComment).toMatchObject({
      visibility: 'INTERNAL',
      authorName: 'Chloé Community',
      mentions: [am.userId],
    });
    const shared = await cm.api.data(ADD_COMMENT, {
      input: {
        postId,
        body: 'Here is the spring post, Bruno',
        visibility: 'SHARED',
        mentionUserIds: [approver.userId],
      },
    });
    sharedId = shared.addPostComment.id;

    for (const client of [approver, viewer]) {
      const { postComments } = await client.api.data(COMMENTS, { postId });
      expect(postComments.map((comment: AnyData) => comment.id)).toEqual([sharedId]);
    }
    const agency = await analyst.api.data(COMMENTS, { postId });
    expect(agency.postComments.map((comment: AnyData) => comment.id)).toEqual([internalId, sharedId]);

    const hidden = await approver.api.error('mutation D($id: ID!) { deletePostComment(id: $id) { id } }', {
      id: internalId,
    });
    expect(hidden.extensions.code).toBe('NOT_FOUND');
  });

  it('lets brand approvers answer in shared threads only; viewers only read', async () => {
    const internalByClient = await approver.api.error(ADD_COMMENT, {
      input: { postId, body: 'Secret', visibility: 'INTERNAL' },
    });
    expect(internalByClient.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'visibility', constraint: 'sharedOnly' })],
    });
    const replyToInternal = await approver.api.error(ADD_COMMENT, {
      input: { postId, parentId: internalId, body: 'Peeking', visibility: 'SHARED' },
    });
    expect(replyToInternal).toMatchObject({
      message: 'Comment not found',
      extensions: { code: 'NOT_FOUND' },
    });

    const { addPostComment } = await approver.api.data(ADD_COMMENT, {
      input: { postId, parentId: sharedId, body: 'Looks lovely', visibility: 'SHARED' },
    });
    expect(addPostComment).toMatchObject({ parentId: sharedId, authorName: 'Bruno Brand' });
    const byViewer = await viewer.api.error(ADD_COMMENT, {
      input: { postId, body: 'Hi', visibility: 'SHARED' },
    });
    expect(byViewer.extensions.code).toBe('FORBIDDEN');

    const staffReply = await am.api.error(ADD_COMMENT, {
      input: { postId, parentId: internalId, body: 'Shared answer', visibility: 'SHARED' },
    });
    expect(staffReply.extensions).toMatchObject({
      fields: [expect.objectContaining({ constraint: 'internalThread' })],
    });
  });

  it('lets authors edit their own comments, and deleting leaves “deleted” in the thread', async () => {
    const notMine = await am.api.error(
      'mutation E($input: EditPostCommentInput!) { editPostComment(input: $input) { id } }',
      {
        input: { id: sharedId, body: 'Changed' },
      },
    );
    expect(notMine.extensions.code).toBe('FORBIDDEN');
    const { editPostComment } = await cm.api.data(
      'mutation E($input: EditPostCommentInput!) { editPostComment(input: $input) { body editedAt } }',
      { input: { id: sharedId, body: 'Here is the spring post, Bruno!' } },
    );
    expect(editPostComment.body).toBe('Here is the spring post, Bruno!');
    expect(editPostComment.editedAt).not.toBeNull();

    await cm.api.data('mutation D($id: ID!) { deletePostComment(id: $id) { id } }', { id: sharedId });
    const { postComments } = await approver.api.data(COMMENTS, { postId });
    expect(postComments).toEqual([
      expect.objectContaining({ id: sharedId, deleted: true, body: '', mentions: [] }),
      expect.objectContaining({ parentId: sharedId, body: 'Looks lovely', deleted: false }),
    ]);
  });
});
