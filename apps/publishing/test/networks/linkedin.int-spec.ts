import { Network, PublishFailureCode } from '@relais/contracts';
import { CLOCK_SKEW_MS } from '../../src/networks/read-back';
import { publishNewerPosts } from '../support/newer-posts';
import { RefreshRefused } from '../../src/networks/network-adapter';
import { publishRequest, refusalOf, signal, useNetworkBench } from './sandbox-adapters';

describe('LinkedIn adapter against the sandbox', () => {
  const kit = useNetworkBench(Network.LinkedIn);
  const { adapter, account, postsOf } = kit;

  it('publishes the commentary escaped as little text, with the link as an article', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({
      text: 'Soldes d’hiver (‑50 %) #mode @Relais [jusqu’à dimanche] a_b *c* ~d~ <e> {f} g|h \\i',
      linkUrl: 'https://relais.fr/soldes',
    });
    const outcome = await adapter().publish(access, request, signal());
    const [post] = await postsOf(credentials.externalId);
    expect(post.id).toMatch(/^urn:li:share:\d+$/);
    expect(outcome).toEqual({
      kind: 'published',
      externalId: post.id,
      url: `https://www.linkedin.com/feed/update/${post.id}`,
    });
    expect(post.text).toBe(request.text);
    expect(post.details).toMatchObject({
      commentary: expect.stringContaining('\\(‑50 %\\) {hashtag|\\#|mode} \\@Relais \\[jusqu’à dimanche\\]'),
      hashtags: ['mode'],
      visibility: 'PUBLIC',
      lifecycleState: 'PUBLISHED',
      content: { article: { source: 'https://relais.fr/soldes', title: 'relais.fr' } },
    });
  });

  it('posts the first comment under the post, as the organization', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ text: 'Nouvelle collection', firstComment: 'Le lien est ici.' });
    const outcome = await adapter().publish(access, request, signal());
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toMatchObject({ kind: 'published', externalId: post.id });
    expect(outcome).not.toHaveProperty('firstCommentFailure');
    expect(post.comments).toEqual([
      expect.objectContaining({ text: 'Le lien est ici.', accountId: credentials.externalId }),
    ]);
  });

  it('an expired token: authExpired, then refresh() gives a token that works (the refresh token is kept)', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'linkedin',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: true,
      networkMessage: 'The token used in the request has expired',
    });
    const renewed = await adapter().refresh(access, signal());
    expect(renewed).toEqual({
      accessToken: expect.any(String),
      refreshToken: access.refreshToken,
      expiresAt: expect.any(Date),
    });
    expect(renewed!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    expect(await adapter().publish({ ...access, ...renewed }, publishRequest(), signal())).toMatchObject({
      kind: 'published',
    });
  });

  it('a refused renewal is permanent; an unconfigured application is not the account’s fault', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'linkedin',
      accountId: credentials.externalId,
      kind: 'refuse_refresh',
    });
    const refused = await refusalOf(adapter().refresh(access, signal()));
    expect(refused).toBeInstanceOf(RefreshRefused);
    expect(refused).toMatchObject({ permanent: true, message: expect.stringMatching(/invalid_grant/) });
    const unconfigured = (await kit.bench.registryWith({ linkedinClientId: undefined })).get(
      Network.LinkedIn,
    );
    expect(await refusalOf(unconfigured.refresh(access, signal()))).toMatchObject({
      permanent: false,
      message: 'LinkedIn access cannot be renewed: the LinkedIn application is not configured.',
    });
  });

  it('429: rate limited until midnight UTC; 5xx: unavailable and retryable', async () => {
    const { credentials, access } = await account();
    const accountId = credentials.externalId;
    await kit.bench.sandbox.client.addFault({ network: 'linkedin', accountId, kind: 'rate_limit' });
    const now = new Date();
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.RateLimited,
      retryable: true,
      retryAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)),
    });
    await kit.bench.sandbox.client.addFault({ network: 'linkedin', accountId, kind: 'fail', status: 500 });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
      networkMessage: 'Internal Server Error',
    });
  });

  it('an answer lost after the post was stored: unknown, then found among the author’s posts; sending again is a duplicate', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({
      text: `Atelier #${Date.now()} (gratuit) : inscrivez-vous https://relais.fr/a`,
    });
    await kit.bench.sandbox.client.addFault({
      network: 'linkedin',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'unknown' });
    const [post] = await postsOf(credentials.externalId);
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toEqual({
      externalId: post.id,
      url: `https://www.linkedin.com/feed/update/${post.id}`,
    });
    expect(await adapter().findPublished(access, publishRequest(), request.createdAt, signal())).toBeNull();
    expect(await adapter().publish(access, request, signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Duplicate,
      retryable: false,
      networkMessage: `Content is a duplicate of ${post.id}`,
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
  });

  it('finds the post buried under 120 newer ones by paging back to its window; not outside it, not another text', async () => {
    const { access } = await account();
    const since = new Date();
    const request = publishRequest({ text: `Offre (spéciale) #${Date.now()}` });
    const sent = await adapter().publish(access, request, signal());
    expect(sent).toMatchObject({ kind: 'published' });
    await publishNewerPosts(adapter(), access, 120);
    const externalId = sent.kind === 'published' ? sent.externalId : '';
    expect(await adapter().findPublished(access, request, since, signal())).toEqual({
      externalId,
      url: `https://www.linkedin.com/feed/update/${externalId}`,
    });
    expect(await adapter().findPublished(access, publishRequest(), since, signal())).toBeNull();
    const afterIt = new Date(Date.now() + CLOCK_SKEW_MS + 5000);
    expect(await adapter().findPublished(access, request, afterIt, signal())).toBeNull();
  });

  it('a commentary over 3,000 characters: rejected in LinkedIn’s words', async () => {
    const { access } = await account();
    expect(
      await adapter().publish(access, publishRequest({ text: 'a'.repeat(3001) }), signal()),
    ).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: '/commentary :: commentary is longer than 3000 characters',
    });
  });
});
