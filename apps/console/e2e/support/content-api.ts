import { GatewayApi, sandboxControlUrl } from './api';

export interface ReviewState {
  status: string;
  round: number | null;
  currentStep: { position: number; role: string; audience: string } | null;
  allowedActions: string[];
}

const REVIEW_FIELDS = 'status round currentStep { position role audience } allowedActions';

/** Posts, approval policies and review links through the API, to set up the approval browser tests. */
export class ContentApi extends GatewayApi {
  /** A Mastodon account of the emulated network, connected to `brandId` through its consent page. */
  async connectAccount(brandId: string, handle: string): Promise<string> {
    const sandbox = sandboxControlUrl();
    const login = handle.replace(/^@/, '').replace(/\W/g, '');
    const provisioned = await this.request.post(`${sandbox}/control/accounts`, {
      data: { network: 'mastodon', handle: login },
    });
    if (!provisioned.ok()) throw new Error(`The emulator refused the account: ${await provisioned.text()}`);
    const issued = (await provisioned.json()) as { handle: string; instanceUrl: string };
    const connection = await this.connectThroughNetwork({
      brandId,
      network: 'MASTODON',
      instanceUrl: issued.instanceUrl,
      login: issued.handle,
    });
    const [accountId] = connection.accountIds;
    if (connection.status !== 'CONNECTED' || !accountId) {
      throw new Error(`Connecting ${handle} ended ${connection.status}`);
    }
    return accountId;
  }

  async setApprovalPolicy(brandId: string, mode: string, roles: string[]): Promise<void> {
    await this.call(
      'mutation ($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { mode } }',
      { input: { brandId, mode, steps: roles.map((role) => ({ role })) } },
    );
  }

  async createPost(input: {
    brandId: string;
    title: string;
    baseText: string;
    accountIds: string[];
    threadParts?: string[];
  }): Promise<{ id: string; version: number }> {
    const data = await this.call<{ createPost: { id: string; version: number } }>(
      'mutation ($input: CreatePostInput!) { createPost(input: $input) { id version } }',
      { input },
    );
    return data.createPost;
  }

  async postVersion(postId: string): Promise<number> {
    const data = await this.call<{ post: { version: number } }>(
      'query ($id: ID!) { post(id: $id) { version } }',
      {
        id: postId,
      },
    );
    return data.post.version;
  }

  async updatePostText(postId: string, baseText: string): Promise<void> {
    const version = await this.postVersion(postId);
    await this.call('mutation ($input: UpdatePostInput!) { updatePost(input: $input) { id } }', {
      input: { id: postId, version, baseText },
    });
  }

  async submitPost(postId: string, note?: string): Promise<ReviewState> {
    const data = await this.call<{ submitPost: ReviewState }>(
      `mutation ($input: SubmitPostInput!) { submitPost(input: $input) { ${REVIEW_FIELDS} } }`,
      { input: { postId, ...(note ? { note } : {}) } },
    );
    return data.submitPost;
  }

  async approvePost(postId: string, comment?: string): Promise<ReviewState> {
    const data = await this.call<{ approvePost: ReviewState }>(
      `mutation ($input: ApprovePostInput!) { approvePost(input: $input) { ${REVIEW_FIELDS} } }`,
      { input: { postId, ...(comment ? { comment } : {}) } },
    );
    return data.approvePost;
  }

  async postReview(postId: string): Promise<ReviewState> {
    const data = await this.call<{ postReview: ReviewState }>(
      `query ($postId: ID!) { postReview(postId: $postId) { ${REVIEW_FIELDS} } }`,
      { postId },
    );
    return data.postReview;
  }

  /** The comments of every decision of the post's latest round, in order. */
  async latestDecisionComments(postId: string): Promise<Array<string | null>> {
    const data = await this.call<{
      postReview: { rounds: Array<{ number: number; decisions: Array<{ comment: string | null }> }> };
    }>('query ($postId: ID!) { postReview(postId: $postId) { rounds { number decisions { comment } } } }', {
      postId,
    });
    const latest = [...data.postReview.rounds].sort((a, b) => b.number - a.number)[0];
    return latest ? latest.decisions.map((decision) => decision.comment) : [];
  }

  /** A review link for `postIds`; the token is the last segment of its URL. */
  async createReviewLink(input: {
    brandId: string;
    postIds: string[];
    recipientName: string;
    expiresInHours?: number;
  }): Promise<{ id: string; url: string; token: string }> {
    const data = await this.call<{ createReviewLink: { link: { id: string }; url: string } }>(
      'mutation ($input: CreateReviewLinkInput!) { createReviewLink(input: $input) { link { id } url } }',
      { input: { expiresInHours: 72, ...input } },
    );
    const { url, link } = data.createReviewLink;
    return { id: link.id, url, token: new URL(url).pathname.split('/').pop() ?? '' };
  }

  async revokeReviewLink(id: string): Promise<void> {
    await this.call('mutation ($id: ID!) { revokeReviewLink(id: $id) { id status } }', { id });
  }
}
