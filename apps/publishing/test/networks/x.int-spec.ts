import { Network, PublishFailureCode } from '@relais/contracts';
import { RefreshRefused } from '../../src/networks/network-adapter';
import { CLOCK_SKEW_MS } from '../../src/networks/read-back';
import { publishNewerPosts } from '../support/newer-posts';
import { near, publishRequest, refusalOf, signal, useNetworkBench } from './sandbox-adapters';

describe('X adapter against the sandbox', () => {
  const kit = useNetworkBench(Network.X);
  const { adapter, account, postsOf } = kit;

  it('posts the text and its first comment as a reply', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({
      text: 'Le programme est en ligne https://relais.fr/p',
      firstComment: 'Billets en réponse',
    });
    const outcome = await adapter().publish(access, request, signal());
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toEqual({
      kind: 'published',
      externalId: post.id,
      url: `https://x.com/i/web/status/${post.id}`,
      rateLimit: { limit: 100, remaining: 99, resetAt: expect.any(Date) },
    });
    expect(post.text).toBe(request.text);
    expect(post.comments.map((comment) => comment.text)).toEqual(['Billets en réponse']);
  });

  it('a first comment X refuses leaves the post published, with the reason beside it', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setRateLimit('x', 1, 900);
    try {
      const outcome = await adapter().publish(access, publishRequest({ firstComment: 'Trop tôt' }), signal());
      expect(outcome).toMatchObject({
        kind: 'published',
        firstCommentFailure: 'The post is on X, but its first comment could not be added: Too Many Requests',
      });
      const [post] = await postsOf(credentials.externalId);
      expect(post.comments).toEqual([]);
    } finally {
      await kit.bench.sandbox.client.setRateLimit('x', 100, 900);
    }
  });

  it('an expired token: authExpired, then refresh() rotates the tokens; the old refresh token is refused for good', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: true,
    });
    const renewed = await adapter().refresh(access, signal());
    expect(renewed).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresAt: expect.any(Date),
    });
    expect(renewed?.refreshToken).not.toBe(access.refreshToken);
    expect(await adapter().publish({ ...access, ...renewed }, publishRequest(), signal())).toMatchObject({
      kind: 'published',
    });
    const reused = await refusalOf(adapter().refresh(access, signal()));
    expect(reused).toBeInstanceOf(RefreshRefused);
    expect(reused).toMatchObject({ permanent: true });
  });

  it('a refused renewal is permanent', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId: credentials.externalId,
      kind: 'refuse_refresh',
    });
    expect(await refusalOf(adapter().refresh(access, signal()))).toMatchObject({
      name: 'RefreshRefused',
      permanent: true,
      message:
        'X refused to renew the access (invalid_grant: The refresh token was revoked or has expired.); reconnect the account.',
    });
  });

  it('429: until x-rate-limit-reset; 5xx: retryable; 402: credits spent, not retried', async () => {
    const { credentials, access } = await account();
    const accountId = credentials.externalId;
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId,
      kind: 'rate_limit',
      retryAfterSeconds: 600,
    });
    const limited = await adapter().publish(access, publishRequest(), signal());
    expect(limited).toMatchObject({ kind: 'failed', code: PublishFailureCode.RateLimited, retryable: true });
    expect(limited.kind === 'failed' && near(limited.retryAt, Date.now() + 600_000)).toBe(true);
    await kit.bench.sandbox.client.addFault({ network: 'x', accountId, kind: 'fail', status: 503 });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
    await kit.bench.sandbox.client.addFault({ network: 'x', accountId, kind: 'fail', status: 402 });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      code: PublishFailureCode.QuotaExhausted,
      retryable: false,
      networkMessage: `Your enrolled account [${accountId}] does not have any credits to fulfill this request.`,
    });
    expect(await postsOf(accountId)).toHaveLength(0);
  });

  it('an answer lost after the post was stored: unknown, then found in the timeline; sending again is a duplicate', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ text: `Café & croissants <offerts> ${Date.now()} https://relais.fr/c` });
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'unknown' });
    const [post] = await postsOf(credentials.externalId);
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toEqual({
      externalId: post.id,
      url: `https://x.com/i/web/status/${post.id}`,
    });
    expect(await adapter().findPublished(access, publishRequest(), request.createdAt, signal())).toBeNull();
    expect(await adapter().publish(access, request, signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Duplicate,
      message: 'X refused the post as a duplicate of a recent one.',
      networkMessage: 'You are not allowed to create a Tweet with duplicate content.',
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
  });

  it('finds the post buried under 120 newer ones by paging back to its window; not outside it, not another text', async () => {
    const { access } = await account();
    await kit.bench.sandbox.client.setRateLimit('x', 1000, 900);
    try {
      const since = new Date();
      const request = publishRequest({ text: `Le marché ouvre ${Date.now()} https://relais.fr/m` });
      const sent = await adapter().publish(access, request, signal());
      expect(sent).toMatchObject({ kind: 'published' });
      await publishNewerPosts(adapter(), access, 120);
      const externalId = sent.kind === 'published' ? sent.externalId : '';
      expect(await adapter().findPublished(access, request, since, signal())).toEqual({
        externalId,
        url: `https://x.com/i/web/status/${externalId}`,
      });
      expect(await adapter().findPublished(access, publishRequest(), since, signal())).toBeNull();
      const afterIt = new Date(Date.now() + CLOCK_SKEW_MS + 5000);
      expect(await adapter().findPublished(access, request, afterIt, signal())).toBeNull();
    } finally {
      await kit.bench.sandbox.client.setRateLimit('x', 100, 900);
    }
  });

  it('a text over 280 characters: rejected in X’s words', async () => {
    const { access } = await account();
    expect(
      await adapter().publish(access, publishRequest({ text: 'a'.repeat(281) }), signal()),
    ).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: 'Your Tweet text is too long: 281 of 280 weighted characters.',
    });
  });
});
