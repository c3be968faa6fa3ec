import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';

interface CommentElement {
  id: string;
  $URN: string;
  actor: string;
  object: string;
  message: { text: string };
  parentComment?: string;
  likesSummary: { totalLikes: number; likedByCurrentUser: boolean };
}

interface CommentPage {
  paging: { start: number; count: number; total: number; links: Array<{ rel: string; href: string }> };
  elements: CommentElement[];
}

describe('sandbox LinkedIn listening', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;
  let postUrn: string;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${sandbox.endpoints.linkedin}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${account.accessToken}`,
        'LinkedIn-Version': '202510',
        'X-Restli-Protocol-Version': '2.0.0',
        'content-type': 'application/json',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const comments = async (urn: string, query = '') => {
    const response = await call('GET', `/rest/socialActions/${encodeURIComponent(urn)}/comments${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as CommentPage;
  };

  beforeEach(async () => {
    await sandbox.client.reset();
    account = await sandbox.client.provisionAccount({ network: 'linkedin', handle: 'acme' });
    const created = await call('POST', '/rest/posts', {
      author: account.externalId,
      commentary: 'We are hiring',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    });
    postUrn = created.headers.get('x-restli-id') ?? '';
  });

  it('lists the comments on an organization post oldest first, paged by start and count without repeats', async () => {
    const injected = await sandbox.client.injectListening(
      Array.from({ length: 5 }, (_, i) => ({
        network: 'linkedin' as const,
        kind: 'comment' as const,
        account: 'acme',
        text: `Is the job remote? (${i})`,
        author: { handle: `member${i}`, displayName: `Member ${i}` },
      })),
    );
    const first = await comments(postUrn, '?start=0&count=3');
    expect(first.paging).toMatchObject({ start: 0, count: 3, total: 5 });
    expect(first.paging.links.map((link) => link.rel)).toEqual(['next']);
    expect(first.elements.map((element) => element.id)).toEqual(injected.slice(0, 3).map((item) => item.id));
    expect(first.elements[0]).toMatchObject({
      actor: injected[0].author.id,
      object: postUrn,
      $URN: `urn:li:comment:(${postUrn},${injected[0].id})`,
      message: { text: 'Is the job remote? (0)' },
    });
    await sandbox.client.injectListening({
      network: 'linkedin',
      kind: 'comment',
      account: 'acme',
      text: 'Newer',
    });
    const second = await comments(postUrn, '?start=3&count=3');
    expect(second.elements.map((element) => element.message.text)).toEqual([
      'Is the job remote? (3)',
      'Is the job remote? (4)',
      'Newer',
    ]);
    const missing = await call('GET', `/rest/socialActions/${encodeURIComponent('urn:li:share:1')}/comments`);
    expect(missing.status).toBe(404);
  });

  it('replies to a comment, reacts to it and deletes one, as the organization', async () => {
    const [question] = await sandbox.client.injectListening({
      network: 'linkedin',
      kind: 'comment',
      account: 'acme',
      text: 'Is the job remote?',
    });
    const questionUrn = `urn:li:comment:(${postUrn},${question.id})`;
    const reply = await call('POST', `/rest/socialActions/${encodeURIComponent(postUrn)}/comments`, {
      actor: account.externalId,
      object: postUrn,
      message: { text: 'Yes, fully remote' },
      parentComment: questionUrn,
    });
    expect(reply.status).toBe(201);
    const replyUrn = reply.headers.get('x-restli-id') ?? '';
    expect(replyUrn).toMatch(new RegExp(`^urn:li:comment:\\(${postUrn.replace(/[:]/g, '\\:')},\\d+\\)$`));
    const thread = await comments(questionUrn);
    expect(thread.elements).toMatchObject([
      { actor: account.externalId, message: { text: 'Yes, fully remote' }, parentComment: questionUrn },
    ]);

    const reaction = await call('POST', `/rest/reactions?actor=${encodeURIComponent(account.externalId)}`, {
      root: questionUrn,
      reactionType: 'LIKE',
    });
    expect(reaction.status).toBe(201);
    expect(reaction.headers.get('x-restli-id')).toBe(
      `urn:li:reaction:(${account.externalId},${questionUrn})`,
    );
    expect((await comments(postUrn)).elements[0].likesSummary).toEqual({
      totalLikes: 1,
      likedByCurrentUser: true,
    });
    const badReaction = await call(
      'POST',
      `/rest/reactions?actor=${encodeURIComponent(account.externalId)}`,
      {
        root: questionUrn,
        reactionType: 'HUG',
      },
    );
    expect(badReaction.status).toBe(422);

    const deleted = await call(
      'DELETE',
      `/rest/socialActions/${encodeURIComponent(postUrn)}/comments/${question.id}?actor=${encodeURIComponent(account.externalId)}`,
    );
    expect(deleted.status).toBe(204);
    expect((await comments(postUrn)).elements).toEqual([]);
    expect(
      (await sandbox.client.listeningItems({ network: 'linkedin', kind: 'comment' })).items[0].deleted,
    ).toBe(true);
    const again = await call(
      'DELETE',
      `/rest/socialActions/${encodeURIComponent(postUrn)}/comments/${question.id}?actor=${encodeURIComponent(account.externalId)}`,
    );
    expect(again.status).toBe(404);
  });

  it('needs the version headers and the acting organization', async () => {
    const noVersion = await call(
      'GET',
      `/rest/socialActions/${encodeURIComponent(postUrn)}/comments`,
      undefined,
      {
        'LinkedIn-Version': '',
      },
    );
    expect(noVersion.status).toBe(400);
    const someoneElse = await call('POST', `/rest/socialActions/${encodeURIComponent(postUrn)}/comments`, {
      actor: 'urn:li:organization:1',
      object: postUrn,
      message: { text: 'hi' },
    });
    expect(someoneElse.status).toBe(403);
  });
});
