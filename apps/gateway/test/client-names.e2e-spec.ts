import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import { addMember, BrandRef, connectAccount, createBrand, Session, signUp } from './support/seed';

const CREATE = `mutation Create($input: CreatePostInput!) { createPost(input: $input) { id version } }`;
const UPDATE = `mutation Update($input: UpdatePostInput!) { updatePost(input: $input) { id version } }`;
const POST = `query Post($id: ID!) { post(id: $id) { id authorName }
  postReview(postId: $id) { history { action actorName actorRole } } }`;
const LIST = `query List($brandId: ID) { posts(brandId: $brandId, first: 10) { edges { node { id authorName } } } }`;
const MEMBERS = `{ members(first: 100) { edges { node { id userId } } } }`;

let e2e: E2ePlatform;
let owner: Session;
let brand: BrandRef;
let accountId: string;
let cm: Session;
let approver: Session;
let viewer: Session;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Names Agency', name: 'Paula Owner' });
  brand = await createBrand(owner, 'Maison Verdure');
  accountId = (await connectAccount(owner, brand.id)).id;
  cm = await addMember(e2e.api, owner, { label: 'Camille', role: 'COMMUNITY_MANAGER', brandIds: [brand.id] });
  approver = await addMember(e2e.api, owner, {
    label: 'Bastien',
    role: 'BRAND_APPROVER',
    brandIds: [brand.id],
  });
  viewer = await addMember(e2e.api, owner, { label: 'Victor', role: 'BRAND_VIEWER', brandIds: [brand.id] });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

/** A post written then edited by `author`. */
async function postBy(author: Session, title: string): Promise<string> {
  const { createPost } = await author.api.data(CREATE, {
    input: { brandId: brand.id, title, baseText: `${title} at Maison Verdure`, accountIds: [accountId] },
  });
  await author.api.data(UPDATE, {
    input: { id: createPost.id, version: createPost.version, title: `${title}!` },
  });
  return createPost.id;
}

async function namesSeenBy(reader: Session, postId: string) {
  const { post, postReview } = await reader.api.data(POST, { id: postId });
  const { posts } = await reader.api.data(LIST, { brandId: brand.id });
  return {
    author: post.authorName,
    inList: posts.edges.find((edge: AnyData) => edge.node.id === postId)?.node.authorName,
    history: postReview.history.map((entry: AnyData) => [entry.action, entry.actorName]),
  };
}

describe('the names clients see of the agency’s people', () => {
  it('shows brand users the display name of the community manager who writes their posts', async () => {
    const postId = await postBy(cm, 'Semis');
    const expected = {
      author: 'Camille',
      inList: 'Camille',
      history: [
        ['created', 'Camille'],
        ['edited', 'Camille'],
      ],
    };
    expect(await namesSeenBy(owner, postId)).toEqual(expected);
    expect(await namesSeenBy(approver, postId)).toEqual(expected);
    expect(await namesSeenBy(viewer, postId)).toEqual(expected);
  });

  it('still keeps the team list (and its e-mails) from brand users', async () => {
    for (const client of [approver, viewer]) {
      expect((await client.api.error(MEMBERS)).extensions.code).toBe('FORBIDDEN');
    }
  });

  it('gives no name for someone who left the agency, to clients and staff alike', async () => {
    const leaving = await addMember(e2e.api, owner, {
      label: 'Lena',
      role: 'COMMUNITY_MANAGER',
      brandIds: [brand.id],
    });
    const postId = await postBy(leaving, 'Boutures');
    expect((await namesSeenBy(viewer, postId)).author).toBe('Lena');

    const { members } = await owner.api.data(MEMBERS);
    const membership = members.edges.find((edge: AnyData) => edge.node.userId === leaving.userId).node;
    await owner.api.data('mutation R($id: ID!) { removeMember(id: $id) }', { id: membership.id });

    const gone = {
      author: null,
      inList: null,
      history: [
        ['created', null],
        ['edited', null],
      ],
    };
    expect(await namesSeenBy(owner, postId)).toEqual(gone);
    expect(await namesSeenBy(viewer, postId)).toEqual(gone);
  });
});
