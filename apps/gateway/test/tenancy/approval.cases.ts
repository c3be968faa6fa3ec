import { Session } from '../support/seed';
import { MISSING_ID, onBrandA1, TenancyDomain } from './tenancy-case';

interface ApprovalSeed {
  /** A post of A1 waiting for the client step, with an internal comment and a review link. */
  postId: string;
  commentId: string;
  linkId: string;
  /** Agency B's own post and a live review link of B, to refer from B to A's objects. */
  postB: string;
  tokenB: string;
}

const POLICY = 'mutation P($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { mode } }';
const CLIENT_POLICY = {
  mode: 'INTERNAL_THEN_CLIENT',
  steps: [{ role: 'ACCOUNT_MANAGER' }, { role: 'BRAND_APPROVER' }],
};

/** A post of the brand, submitted and approved by the agency step: waiting for the client. */
async function postAwaitingClient(
  owner: Session,
  brandId: string,
  accountId: string,
  title: string,
): Promise<string> {
  await owner.api.data(POLICY, { input: { brandId, ...CLIENT_POLICY } });
  const { createPost } = await owner.api.data(
    'mutation C($input: CreatePostInput!) { createPost(input: $input) { id } }',
    { input: { brandId, title, baseText: `${title} text`, accountIds: [accountId] } },
  );
  await owner.api.data('mutation S($input: SubmitPostInput!) { submitPost(input: $input) { status } }', {
    input: { postId: createPost.id },
  });
  await owner.api.data('mutation A($input: ApprovePostInput!) { approvePost(input: $input) { status } }', {
    input: { postId: createPost.id },
  });
  return createPost.id;
}

const REVIEW_FIELDS = 'postReview(postId: $postId) { status round allowedActions }';
const postCase = (what: string, mutation: string, variables: (s: ApprovalSeed) => Record<string, unknown>) =>
  onBrandA1<ApprovalSeed>(what, mutation, (_w, s) => variables(s));

/**
 * The approval flow, comments and review links: every operation on brand A1's policy, posts under
 * review, comments and links, and the ids they refer to (a reply's parent, a link's posts, the post a
 * link decides).
 */
export const approvalTenancy: TenancyDomain<ApprovalSeed> = {
  name: 'approval',
  async seed(w) {
    const postId = await postAwaitingClient(w.ownerA, w.brandA1.id, w.accountA1, 'A1 under review');
    const { addPostComment } = await w.ownerA.api.data(
      'mutation C($input: AddPostCommentInput!) { addPostComment(input: $input) { id } }',
      { input: { postId, body: 'Internal note of A', visibility: 'INTERNAL' } },
    );
    const { createReviewLink } = await w.ownerA.api.data(
      'mutation L($input: CreateReviewLinkInput!) { createReviewLink(input: $input) { link { id } } }',
      { input: { brandId: w.brandA1.id, postIds: [postId], recipientName: 'Client of A1' } },
    );
    const { socialAccounts } = await w.ownerB.api.data(
      'query A($brandId: ID) { socialAccounts(brandId: $brandId, first: 1) { edges { node { id } } } }',
      { brandId: w.brandB1.id },
    );
    const postB = await postAwaitingClient(
      w.ownerB,
      w.brandB1.id,
      socialAccounts.edges[0].node.id,
      'B1 post',
    );
    const linkB = await w.ownerB.api.data(
      'mutation L($input: CreateReviewLinkInput!) { createReviewLink(input: $input) { url } }',
      { input: { brandId: w.brandB1.id, postIds: [postB], recipientName: 'Client of B1' } },
    );
    const url: string = linkB.createReviewLink.url;
    return {
      postId,
      commentId: addPostComment.id,
      linkId: createReviewLink.link.id,
      postB,
      tokenB: url.slice(url.lastIndexOf('/') + 1),
    };
  },
  ids: (s) => [s.postId, s.commentId, s.linkId],
  async snapshot(w, s) {
    return w.ownerA.api.data(
      `query S($brandId: ID!, $postId: ID!) {
        approvalPolicy(brandId: $brandId) { mode steps { role } updatedAt }
        ${REVIEW_FIELDS}
        postComments(postId: $postId) { id body visibility deleted editedAt }
        reviewLinks(brandId: $brandId) { id status postIds } }`,
      { brandId: w.brandA1.id, postId: s.postId },
    );
  },
  cases: {
    'Query.approvalPolicy': onBrandA1(
      'reads the approval policy of A1',
      'query Q($brandId: ID!) { approvalPolicy(brandId: $brandId) { mode } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.setApprovalPolicy': onBrandA1(
      'drops the approval of A1',
      POLICY,
      (w) => ({ input: { brandId: w.brandA1.id, mode: 'NONE', steps: [] } }),
      () => ({ input: { brandId: MISSING_ID, mode: 'NONE', steps: [] } }),
    ),
    'Query.postReview': postCase(
      'reads the review of a post of A1',
      `query Q($postId: ID!) { ${REVIEW_FIELDS} }`,
      (s) => ({ postId: s.postId }),
    ),
    'Mutation.submitPost': postCase(
      'submits a post of A1',
      'mutation M($input: SubmitPostInput!) { submitPost(input: $input) { status } }',
      (s) => ({ input: { postId: s.postId } }),
    ),
    'Mutation.withdrawPost': postCase(
      'withdraws a post of A1 from review',
      'mutation M($postId: ID!) { withdrawPost(postId: $postId) { status } }',
      (s) => ({ postId: s.postId }),
    ),
    'Mutation.approvePost': postCase(
      'approves a post of A1',
      'mutation M($input: ApprovePostInput!) { approvePost(input: $input) { status } }',
      (s) => ({ input: { postId: s.postId } }),
    ),
    'Mutation.requestPostChanges': postCase(
      'sends a post of A1 back',
      'mutation M($input: RequestPostChangesInput!) { requestPostChanges(input: $input) { status } }',
      (s) => ({ input: { postId: s.postId, comment: 'Hijacked' } }),
    ),
    'Mutation.schedulePost': postCase(
      'schedules a post of A1',
      'mutation M($input: SchedulePostInput!) { schedulePost(input: $input) { status } }',
      (s) => ({ input: { postId: s.postId, scheduledAt: '2031-01-01T00:00:00Z' } }),
    ),
    'Mutation.unschedulePost': postCase(
      'unschedules a post of A1',
      'mutation M($postId: ID!) { unschedulePost(postId: $postId) { status } }',
      (s) => ({ postId: s.postId }),
    ),
    'Query.postComments': postCase(
      'reads the comments of a post of A1',
      'query Q($postId: ID!) { postComments(postId: $postId) { id body } }',
      (s) => ({ postId: s.postId }),
    ),
    'Mutation.addPostComment': [
      ...postCase(
        'comments on a post of A1',
        'mutation M($input: AddPostCommentInput!) { addPostComment(input: $input) { id } }',
        (s) => ({ input: { postId: s.postId, body: 'Intruder', visibility: 'SHARED' } }),
      ),
      {
        attacker: 'agencyB',
        what: 'answers a comment of A1 from its own post',
        query: 'mutation M($input: AddPostCommentInput!) { addPostComment(input: $input) { id } }',
        variables: (_w, s) => ({
          input: { postId: s.postB, parentId: s.commentId, body: 'Reply', visibility: 'INTERNAL' },
        }),
        likeMissing: (_w, s) => ({
          input: { postId: s.postB, parentId: MISSING_ID, body: 'Reply', visibility: 'INTERNAL' },
        }),
      },
    ],
    'Mutation.editPostComment': postCase(
      'edits a comment of A1',
      'mutation M($input: EditPostCommentInput!) { editPostComment(input: $input) { id } }',
      (s) => ({ input: { id: s.commentId, body: 'Hijacked' } }),
    ),
    'Mutation.deletePostComment': postCase(
      'deletes a comment of A1',
      'mutation M($id: ID!) { deletePostComment(id: $id) { id } }',
      (s) => ({ id: s.commentId }),
    ),
    'Query.mentionableMembers': onBrandA1(
      'lists who may be mentioned on A1',
      'query Q($brandId: ID!) { mentionableMembers(brandId: $brandId) { userId name } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.createReviewLink': [
      ...onBrandA1<ApprovalSeed>(
        'sends posts of A1 to a client',
        'mutation M($input: CreateReviewLinkInput!) { createReviewLink(input: $input) { url } }',
        (w, s) => ({ input: { brandId: w.brandA1.id, postIds: [s.postId], recipientName: 'Intruder' } }),
        (_w, s) => ({ input: { brandId: MISSING_ID, postIds: [s.postId], recipientName: 'Intruder' } }),
      ),
      {
        attacker: 'agencyB',
        what: 'puts a post of A1 in a link of its own brand',
        query: 'mutation M($input: CreateReviewLinkInput!) { createReviewLink(input: $input) { url } }',
        variables: (w, s) => ({ input: { brandId: w.brandB1.id, postIds: [s.postId], recipientName: 'X' } }),
        likeMissing: (w) => ({ input: { brandId: w.brandB1.id, postIds: [MISSING_ID], recipientName: 'X' } }),
      },
    ],
    'Query.reviewLinks': onBrandA1(
      'lists the review links of A1',
      'query Q($brandId: ID!) { reviewLinks(brandId: $brandId) { id } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.revokeReviewLink': postCase(
      'revokes a review link of A1',
      'mutation M($id: ID!) { revokeReviewLink(id: $id) { id } }',
      (s) => ({ id: s.linkId }),
    ),
    'Mutation.decideViaReviewLink': [
      {
        attacker: 'agencyB',
        what: 'approves a post of A1 with its own link',
        query: 'mutation M($input: DecideViaReviewLinkInput!) { decideViaReviewLink(input: $input) { id } }',
        variables: (_w, s) => ({ input: { token: s.tokenB, postId: s.postId, decision: 'APPROVE' } }),
        likeMissing: (_w, s) => ({ input: { token: s.tokenB, postId: MISSING_ID, decision: 'APPROVE' } }),
      },
    ],
  },
};
