import { TenancyWorld } from '../support/tenancy-world';
import { Attacker, MISSING_ID, onBrandA1, TenancyCase, TenancyDomain } from './tenancy-case';

interface PostsSeed {
  postId: string;
  campaignId: string;
  labelId: string;
}

const ALL_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'FAILED',
  'ARCHIVED',
];

/** Attackers who may write content somewhere, each on a brand of their own. */
const WRITERS: { attacker: Attacker; brand: (w: TenancyWorld) => string }[] = [
  { attacker: 'agencyB', brand: (w) => w.brandB1.id },
  { attacker: 'unassignedCM', brand: (w) => w.brandA2.id },
];

/** A post of the attacker's own brand that refers to something of brand A1 (or to nothing). */
function referring(
  what: string,
  input: (w: TenancyWorld, s: PostsSeed, brandId: string) => Record<string, unknown>,
  missing: (w: TenancyWorld, s: PostsSeed, brandId: string) => Record<string, unknown>,
): TenancyCase<PostsSeed>[] {
  return WRITERS.map(({ attacker, brand }) => ({
    attacker,
    what,
    query: 'mutation M($input: CreatePostInput!) { createPost(input: $input) { id } }',
    variables: (w, s) => ({ input: input(w, s, brand(w)) }),
    likeMissing: (w, s) => ({ input: missing(w, s, brand(w)) }),
  }));
}

/** Posts, campaigns and labels: every operation on brand A1's content, and every id a post refers to. */
export const postsTenancy: TenancyDomain<PostsSeed> = {
  name: 'posts',
  async seed(w) {
    const { createCampaign } = await w.ownerA.api.data(
      'mutation C($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { brandId: w.brandA1.id, name: 'A1 campaign' } },
    );
    const { createLabel } = await w.ownerA.api.data(
      'mutation L($input: CreateLabelInput!) { createLabel(input: $input) { id } }',
      { input: { brandId: w.brandA1.id, name: 'A1 label' } },
    );
    const { createPost } = await w.ownerA.api.data(
      'mutation P($input: CreatePostInput!) { createPost(input: $input) { id } }',
      {
        input: {
          brandId: w.brandA1.id,
          title: 'A1 post',
          baseText: 'For A1 only',
          accountIds: [w.accountA1],
          campaignId: createCampaign.id,
          labelIds: [createLabel.id],
        },
      },
    );
    return { postId: createPost.id, campaignId: createCampaign.id, labelId: createLabel.id };
  },
  ids: (s) => [s.postId, s.campaignId, s.labelId],
  async snapshot(w) {
    return w.ownerA.api.data(
      `query S($brandId: ID!, $status: [PostStatus!]) {
        posts(brandId: $brandId, status: $status, first: 20) { edges { node { id title status version updatedAt
          baseText campaign { id } labels { id } variants { network text } } } }
        campaigns(brandId: $brandId, includeArchived: true) { id name archived updatedAt }
        labels(brandId: $brandId) { id name color } }`,
      { brandId: w.brandA1.id, status: ALL_STATUSES },
    );
  },
  cases: {
    'Query.post': onBrandA1<PostsSeed>(
      'reads a post of A1',
      'query Q($id: ID!) { post(id: $id) { id title } }',
      (_w, s) => ({
        id: s.postId,
      }),
    ),
    'Query.posts': [
      ...onBrandA1<PostsSeed>(
        'lists the posts of A1',
        'query Q($brandId: ID) { posts(brandId: $brandId) { totalCount edges { node { id } } } }',
        (w) => ({ brandId: w.brandA1.id }),
        () => ({ brandId: MISSING_ID }),
      ),
      ...onBrandA1<PostsSeed>(
        'lists the posts of A1’s campaign',
        'query Q($campaignId: ID) { posts(campaignId: $campaignId) { totalCount edges { node { id } } } }',
        (_w, s) => ({ campaignId: s.campaignId }),
        () => ({ campaignId: MISSING_ID }),
      ),
      ...onBrandA1<PostsSeed>(
        'lists the posts with A1’s label',
        'query Q($labelId: ID) { posts(labelId: $labelId) { totalCount edges { node { id } } } }',
        (_w, s) => ({ labelId: s.labelId }),
        () => ({ labelId: MISSING_ID }),
      ),
    ],
    'Query.checkPost': onBrandA1<PostsSeed>(
      'checks a post for A1',
      'query Q($input: CheckPostInput!) { checkPost(input: $input) { violations { rule } } }',
      (w) => ({ input: { brandId: w.brandA1.id, baseText: 'Probe', accountIds: [w.accountA1] } }),
      () => ({ input: { brandId: MISSING_ID, baseText: 'Probe', accountIds: [MISSING_ID] } }),
    ),
    'Mutation.createPost': [
      ...onBrandA1<PostsSeed>(
        'writes a post for A1',
        'mutation M($input: CreatePostInput!) { createPost(input: $input) { id } }',
        (w) => ({ input: { brandId: w.brandA1.id, baseText: 'Intrusion', accountIds: [w.accountA1] } }),
        () => ({ input: { brandId: MISSING_ID, baseText: 'Intrusion', accountIds: [MISSING_ID] } }),
      ),
      ...referring(
        'posts on A1’s account from their own brand',
        (_w, _s, brandId) => ({ brandId, baseText: 'Borrowed', accountIds: [_w.accountA1] }),
        (_w, _s, brandId) => ({ brandId, baseText: 'Borrowed', accountIds: [MISSING_ID] }),
      ),
    ],
    'Mutation.updatePost': onBrandA1<PostsSeed>(
      'rewrites a post of A1',
      'mutation M($input: UpdatePostInput!) { updatePost(input: $input) { id } }',
      (_w, s) => ({ input: { id: s.postId, version: 1, baseText: 'Hijacked' } }),
    ),
    'Mutation.archivePost': onBrandA1<PostsSeed>(
      'archives a post of A1',
      'mutation M($id: ID!) { archivePost(id: $id) { id } }',
      (_w, s) => ({ id: s.postId }),
    ),
    'Mutation.restorePost': onBrandA1<PostsSeed>(
      'restores a post of A1',
      'mutation M($id: ID!) { restorePost(id: $id) { id } }',
      (_w, s) => ({ id: s.postId }),
    ),
    'Mutation.deletePost': onBrandA1<PostsSeed>(
      'deletes a post of A1',
      'mutation M($id: ID!) { deletePost(id: $id) }',
      (_w, s) => ({
        id: s.postId,
      }),
    ),
    'Query.campaigns': onBrandA1<PostsSeed>(
      'lists the campaigns of A1',
      'query Q($brandId: ID!) { campaigns(brandId: $brandId) { id } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Query.labels': onBrandA1<PostsSeed>(
      'lists the labels of A1',
      'query Q($brandId: ID!) { labels(brandId: $brandId) { id } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.createCampaign': onBrandA1<PostsSeed>(
      'creates a campaign for A1',
      'mutation M($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      (w) => ({ input: { brandId: w.brandA1.id, name: 'Intruder campaign' } }),
      () => ({ input: { brandId: MISSING_ID, name: 'Intruder campaign' } }),
    ),
    'Mutation.updateCampaign': onBrandA1<PostsSeed>(
      'renames a campaign of A1',
      'mutation M($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }',
      (_w, s) => ({ input: { id: s.campaignId, name: 'Hijacked' } }),
    ),
    'Mutation.archiveCampaign': onBrandA1<PostsSeed>(
      'archives a campaign of A1',
      'mutation M($id: ID!) { archiveCampaign(id: $id) { id } }',
      (_w, s) => ({ id: s.campaignId }),
    ),
    'Mutation.createLabel': onBrandA1<PostsSeed>(
      'creates a label for A1',
      'mutation M($input: CreateLabelInput!) { createLabel(input: $input) { id } }',
      (w) => ({ input: { brandId: w.brandA1.id, name: 'Intruder label' } }),
      () => ({ input: { brandId: MISSING_ID, name: 'Intruder label' } }),
    ),
    'Mutation.updateLabel': onBrandA1<PostsSeed>(
      'renames a label of A1',
      'mutation M($input: UpdateLabelInput!) { updateLabel(input: $input) { id } }',
      (_w, s) => ({ input: { id: s.labelId, name: 'Hijacked' } }),
    ),
    'Mutation.deleteLabel': onBrandA1<PostsSeed>(
      'deletes a label of A1',
      'mutation M($id: ID!) { deleteLabel(id: $id) }',
      (_w, s) => ({
        id: s.labelId,
      }),
    ),
  },
};
