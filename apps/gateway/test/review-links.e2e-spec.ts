import { Client } from 'pg';
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

const LINK_FIELDS =
  'id brandId postIds recipientName recipientEmail expiresAt createdAt createdByName status';
const CREATE_LINK = `mutation Link($input: CreateReviewLinkInput!) {
  createReviewLink(input: $input) { url emailSent link { ${LINK_FIELDS} } } }`;
const SESSION = `query Session($token: String!) { reviewLinkSession(token: $token) {
  brandName language recipientName expiresAt
  posts { id title status scheduledAt timezone baseText decision
    variants { network text linkUrl firstComment media { url kind altText width height } }
    comments { body authorName viaLink visibility } } } }`;
const DECIDE = `mutation Decide($input: DecideViaReviewLinkInput!) { decideViaReviewLink(input: $input) {
  id status decision comments { body authorName viaLink } } }`;
const REVIEW = `query Review($postId: ID!) { postReview(postId: $postId) { status currentStep { role }
  rounds { outcome decisions { role decision byName viaLink comment } }
  history { action actorName actorRole viaLink note } } }`;

let e2e: E2ePlatform;
let owner: Session;
let cm: Session;
let brand: BrandRef;
let accountId: string;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Link Works', name: 'Olivia Owner' });
  brand = await createBrand(owner, 'Maison Verdure', { timezone: 'Europe/Paris', defaultLanguage: 'FR' });
  accountId = (await connectAccount(owner, brand.id, { network: 'X', handle: '@verdure' })).id;
  const { token } = await invite(owner, {
    email: uniqueEmail('cm'),
    role: 'COMMUNITY_MANAGER',
    brandIds: [brand.id],
  });
  cm = await acceptInvitation(e2e.api, token, { name: 'Chloé Community' });
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
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

/** A post the agency approved, now waiting for the client. */
async function awaitingClient(title: string): Promise<string> {
  const { createPost } = await cm.api.data(
    'mutation C($input: CreatePostInput!) { createPost(input: $input) { id } }',
    { input: { brandId: brand.id, title, baseText: `${title}: the new season`, accountIds: [accountId] } },
  );
  await cm.api.data('mutation S($input: SubmitPostInput!) { submitPost(input: $input) { status } }', {
    input: { postId: createPost.id, note: `${title} is ready for you` },
  });
  await owner.api.data('mutation A($input: ApprovePostInput!) { approvePost(input: $input) { status } }', {
    input: { postId: createPost.id },
  });
  return createPost.id;
}

async function sendLink(
  postIds: string[],
  extra: Record<string, unknown> = {},
): Promise<{ token: string; link: AnyData; emailSent: boolean }> {
  const { createReviewLink } = await owner.api.data(CREATE_LINK, {
    input: {
      brandId: brand.id,
      postIds,
      recipientName: 'Hélène Garnier',
      recipientEmail: 'helene@verdure.example',
      ...extra,
    },
  });
  const url: string = createReviewLink.url;
  return {
    token: url.slice(url.lastIndexOf('/review/') + '/review/'.length),
    link: createReviewLink.link,
    emailSent: createReviewLink.emailSent,
  };
}

/** Anyone with the link, without an account. */
const open = (token: string) => e2e.api.request(SESSION, { token });
const decide = (token: string, postId: string, decision: string, comment?: string) =>
  e2e.api.request(DECIDE, { input: { token, postId, decision, comment } });
const codes = (response: { errors: { extensions: { code: string } }[] }) =>
  response.errors.map((error) => error.extensions.code);

describe('a client approves through a signed link', () => {
  let first: string;
  let second: string;
  let token: string;

  it('is sent for posts waiting for the client and opens without an account', async () => {
    first = await awaitingClient('Spring');
    second = await awaitingClient('Summer');
    const sent = await sendLink([first, second]);
    token = sent.token;
    // The platform runs without an SMTP server: the link is not mailed, and is created all the same.
    expect(sent.emailSent).toBe(false);
    expect(sent.link).toMatchObject({
      postIds: [first, second],
      recipientName: 'Hélène Garnier',
      createdByName: 'Olivia Owner',
      status: 'ACTIVE',
    });

    const response = await open(token);
    expect(response.errors).toEqual([]);
    expect(response.data?.reviewLinkSession).toMatchObject({
      brandName: 'Maison Verdure',
      language: 'FR',
      recipientName: 'Hélène Garnier',
      posts: [
        { id: first, title: 'Spring', status: 'IN_REVIEW', timezone: 'Europe/Paris', decision: null },
        { id: second, title: 'Summer', status: 'IN_REVIEW', decision: null },
      ],
    });
    expect(response.data?.reviewLinkSession.posts[0].variants).toEqual([
      expect.objectContaining({ network: 'X', text: 'Spring: the new season', media: [] }),
    ]);
  });

  it('never shows or decides a post outside the link', async () => {
    const other = await awaitingClient('Autumn');
    const response = await decide(token, other, 'APPROVE');
    expect(codes(response)).toEqual(['NOT_FOUND']);
    expect(response.text).not.toContain('Autumn');
  });

  it('comments, approves one post and asks for changes on the other, recorded under the recipient’s name', async () => {
    const commented = await decide(token, first, 'COMMENT', 'What a lovely photo');
    expect(commented.data?.decideViaReviewLink).toMatchObject({
      decision: null,
      comments: [{ body: 'What a lovely photo', authorName: 'Hélène Garnier', viaLink: true }],
    });

    const approved = await decide(token, first, 'APPROVE');
    expect(approved.data?.decideViaReviewLink).toMatchObject({ status: 'APPROVED', decision: 'APPROVE' });
    const twice = await decide(token, first, 'REQUEST_CHANGES', 'Wait, no');
    expect(codes(twice)).toEqual(['CONFLICT']);

    const noComment = await decide(token, second, 'REQUEST_CHANGES');
    expect(codes(noComment)).toEqual(['BAD_USER_INPUT']);
    const changes = await decide(token, second, 'REQUEST_CHANGES', 'Use the beach photo instead');
    expect(changes.data?.decideViaReviewLink).toMatchObject({
      status: 'CHANGES_REQUESTED',
      decision: 'REQUEST_CHANGES',
    });

    const { postReview } = await cm.api.data(REVIEW, { postId: first });
    expect(postReview.status).toBe('APPROVED');
    expect(postReview.history.find((entry: AnyData) => entry.action === 'submitted')).toMatchObject({
      actorName: 'Chloé Community',
      note: 'Spring is ready for you',
    });
    expect(postReview.rounds[0].decisions.at(-1)).toEqual({
      role: 'BRAND_APPROVER',
      decision: 'APPROVED',
      byName: 'Hélène Garnier',
      viaLink: true,
      comment: null,
    });
    expect(postReview.history.at(-1)).toMatchObject({
      action: 'approved',
      actorName: 'Hélène Garnier',
      viaLink: true,
    });
    const secondReview = await cm.api.data(REVIEW, { postId: second });
    expect(secondReview.postReview.history.at(-1)).toMatchObject({
      action: 'changes_requested',
      actorName: 'Hélène Garnier',
      note: 'Use the beach photo instead',
    });
  });

  it('is used up once every post is decided', async () => {
    expect(codes(await open(token))).toEqual(['REVIEW_LINK_USED']);
    expect(codes(await decide(token, first, 'COMMENT', 'One more thing'))).toEqual(['REVIEW_LINK_USED']);
    const { reviewLinks } = await owner.api.data(
      'query L($brandId: ID!) { reviewLinks(brandId: $brandId) { id status } }',
      {
        brandId: brand.id,
      },
    );
    expect(reviewLinks).toEqual([expect.objectContaining({ status: 'USED' })]);
  });
});

describe('links that cannot be used', () => {
  let postId: string;

  beforeAll(async () => {
    postId = await awaitingClient('Winter');
  });

  it('refuses a forged token and an unknown one with the same answer', async () => {
    const { token } = await sendLink([postId]);
    const [id, signature] = token.split('.');
    const forgedSignature = `${id}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const otherId = `${id.startsWith('A') ? 'B' : 'A'}${id.slice(1)}.${signature}`;
    const answers = await Promise.all([forgedSignature, otherId, 'not-a-token'].map((t) => open(t)));
    for (const answer of answers) {
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: 'This review link is not valid; check that it was copied whole',
          extensions: { code: 'REVIEW_LINK_INVALID' },
        }),
      ]);
    }
    expect(codes(await decide(forgedSignature, postId, 'APPROVE'))).toEqual(['REVIEW_LINK_INVALID']);
  });

  it('refuses an expired link', async () => {
    const { token, link } = await sendLink([postId], { expiresInHours: 1 });
    expect(Date.parse(link.expiresAt) - Date.parse(link.createdAt)).toBe(3_600_000);
    const db = new Client({ connectionString: e2e.database.superuserUrl });
    await db.connect();
    try {
      await db.query(
        `UPDATE content.review_links SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 minute' WHERE id = $1`,
        [link.id],
      );
    } finally {
      await db.end();
    }
    expect(codes(await open(token))).toEqual(['REVIEW_LINK_EXPIRED']);
    expect(codes(await decide(token, postId, 'APPROVE'))).toEqual(['REVIEW_LINK_EXPIRED']);
    const { postReview } = await cm.api.data(REVIEW, { postId });
    expect(postReview).toMatchObject({ status: 'IN_REVIEW', currentStep: { role: 'BRAND_APPROVER' } });
  });

  it('refuses a revoked link', async () => {
    const { token, link } = await sendLink([postId]);
    const { revokeReviewLink } = await owner.api.data(
      'mutation R($id: ID!) { revokeReviewLink(id: $id) { status } }',
      {
        id: link.id,
      },
    );
    expect(revokeReviewLink.status).toBe('REVOKED');
    expect(codes(await open(token))).toEqual(['REVIEW_LINK_REVOKED']);
  });

  it('refuses posts that are not waiting for the client, naming them', async () => {
    const { createPost } = await cm.api.data(
      'mutation C($input: CreatePostInput!) { createPost(input: $input) { id } }',
      { input: { brandId: brand.id, title: 'Draft', baseText: 'Not yet', accountIds: [accountId] } },
    );
    const error = await owner.api.error(CREATE_LINK, {
      input: { brandId: brand.id, postIds: [postId, createPost.id], recipientName: 'Hélène' },
    });
    expect(error.message).toBe('“Draft” is not waiting for the client’s approval (it is a draft)');
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'postIds.1' })],
    });
    const byCm = await cm.api.error(CREATE_LINK, {
      input: { brandId: brand.id, postIds: [postId], recipientName: 'Hélène' },
    });
    expect(byCm.extensions.code).toBe('FORBIDDEN');
  });
});
