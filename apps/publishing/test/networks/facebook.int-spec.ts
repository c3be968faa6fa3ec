import { Network, PublishFailureCode } from '@relais/contracts';
import { CLOCK_SKEW_MS } from '../../src/networks/read-back';
import { publishNewerPosts } from '../support/newer-posts';
import { near, publishRequest, signal, useNetworkBench } from './sandbox-adapters';

describe('Facebook page adapter against the sandbox', () => {
  const kit = useNetworkBench(Network.FacebookPage);
  const { adapter, account, postsOf } = kit;

  it('publishes the message with its link and adds the first comment', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ linkUrl: 'https://relais.fr/noel', firstComment: 'Réservez en ligne' });
    const outcome = await adapter().publish(access, request, signal());
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toEqual({
      kind: 'published',
      externalId: post.id,
      url: post.url,
      rateLimit: { limit: 100, remaining: expect.any(Number), resetAt: null },
    });
    expect(post).toMatchObject({ text: request.text, details: { link: 'https://relais.fr/noel' } });
    expect(post.comments.map((comment) => comment.text)).toEqual(['Réservez en ligne']);
  });

  it('an expired page token (190): reconnect the page; page tokens cannot be renewed', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: false,
      networkMessage: expect.stringMatching(/^Error validating access token: Session has expired/),
    });
    await expect(adapter().refresh(access, signal())).resolves.toBeNull();
  });

  it('throttled (code 32): rate limited until the usage headers say access is regained', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'rate_limit',
      retryAfterSeconds: 120,
    });
    const outcome = await adapter().publish(access, publishRequest(), signal());
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.RateLimited,
      retryable: true,
      networkMessage: '(#32) Page request limit reached',
      rateLimit: { limit: 100, remaining: 0 },
    });
    expect(outcome.kind === 'failed' && near(outcome.retryAt, Date.now() + 120_000, 61_000)).toBe(true);
  });

  it('5xx: unavailable and retryable', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'fail',
      status: 503,
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  });

  it('an answer lost after the post was stored: unknown, then found among the page’s posts; sending again is a duplicate', async () => {
    const { credentials, access } = await account();
    const request = publishRequest();
    await adapter().publish(access, publishRequest({ text: 'Un autre message' }), signal());
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'unknown' });
    const posts = await postsOf(credentials.externalId);
    const sent = posts.find((post) => post.text === request.text);
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toEqual({
      externalId: sent?.id,
      url: sent?.url,
    });
    expect(await adapter().findPublished(access, publishRequest(), request.createdAt, signal())).toBeNull();
    const again = await adapter().publish(access, request, signal());
    expect(again).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Duplicate,
      retryable: false,
      message: 'Facebook refused the post as a duplicate of one the page published recently.',
      networkMessage: 'Duplicate status message',
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(2);
  });

  it('finds the post buried under 120 newer ones by paging back to its window; not outside it, not another text', async () => {
    const { credentials, access } = await account();
    const since = new Date();
    const request = publishRequest();
    const sent = await adapter().publish(access, request, signal());
    expect(sent).toMatchObject({ kind: 'published' });
    await publishNewerPosts(adapter(), access, 120);
    const post = (await postsOf(credentials.externalId)).find((p) => p.text === request.text);
    expect(await adapter().findPublished(access, request, since, signal())).toEqual({
      externalId: post?.id,
      url: post?.url,
    });
    expect(await adapter().findPublished(access, publishRequest(), since, signal())).toBeNull();
    const afterIt = new Date(Date.now() + CLOCK_SKEW_MS + 5000);
    expect(await adapter().findPublished(access, request, afterIt, signal())).toBeNull();
  });

  it('an empty message without link: rejected in Facebook’s words', async () => {
    const { access } = await account();
    expect(await adapter().publish(access, publishRequest({ text: ' ' }), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: '(#100) Missing message or attachment',
    });
  });
});
