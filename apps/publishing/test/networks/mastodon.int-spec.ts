import { Network, PublishFailureCode } from '@relais/contracts';
import { CLOCK_SKEW_MS, READ_BACK_MAX_PAGES } from '../../src/networks/read-back';
import { publishNewerPosts } from '../support/newer-posts';
import { freePort } from '@relais/server-testing';
import { near, publishRequest, signal, useNetworkBench } from './sandbox-adapters';

describe('Mastodon adapter against the sandbox', () => {
  const kit = useNetworkBench(Network.Mastodon);
  const { adapter, account, postsOf } = kit;

  it('posts the status and its first comment as a reply, and says where it is', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ firstComment: 'Les horaires sont en commentaire' });
    const outcome = await adapter().publish(access, request, signal());
    expect(outcome).toMatchObject({ kind: 'published', rateLimit: { limit: 300, remaining: 299 } });
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      text: request.text,
      details: { idempotencyKey: request.idempotencyKey },
    });
    expect(posts[0].comments.map((comment) => comment.text)).toEqual(['Les horaires sont en commentaire']);
    expect(outcome).toEqual(expect.objectContaining({ externalId: posts[0].id, url: posts[0].url }));
    expect(outcome).not.toHaveProperty('firstCommentFailure');
  });

  it('a revoked token: authExpired, no refresh possible (Mastodon tokens do not expire)', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'mastodon',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    const outcome = await adapter().publish(access, publishRequest(), signal());
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: false,
      networkMessage: 'The access token expired',
    });
    await expect(adapter().refresh(access, signal())).resolves.toBeNull();
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  });

  it('429: rate limited until the reset the headers announce', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'mastodon',
      accountId: credentials.externalId,
      kind: 'rate_limit',
      retryAfterSeconds: 120,
    });
    const outcome = await adapter().publish(access, publishRequest(), signal());
    expect(outcome).toMatchObject({ kind: 'failed', code: PublishFailureCode.RateLimited, retryable: true });
    expect(outcome.kind === 'failed' && near(outcome.retryAt, Date.now() + 120_000)).toBe(true);
  });

  it('5xx: network unavailable, safe to retry', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'mastodon',
      accountId: credentials.externalId,
      kind: 'fail',
      status: 503,
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
      networkMessage: 'Service Unavailable',
    });
  });

  it('an answer lost after the post was stored: unknown, then the resend with the same key gives the same status', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'mastodon',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    const request = publishRequest({ firstComment: 'Première réponse' });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'unknown' });
    // The resend finds the post; the first comment's answer is lost in turn and sent once more under its own key.
    await kit.bench.sandbox.client.addFault({
      network: 'mastodon',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    const again = await adapter().publish(access, request, signal());
    expect(again).not.toHaveProperty('firstCommentFailure');
    expect(await kit.bench.sandbox.client.faults()).toEqual([]);
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(again).toMatchObject({ kind: 'published', externalId: posts[0].id });
    expect(posts[0].comments).toHaveLength(1);
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toEqual({
      externalId: posts[0].id,
      url: posts[0].url,
    });
  });

  it('finds the status buried under 45 newer ones by following the Link header back to its window; not outside it, not another text', async () => {
    const { access } = await account();
    const since = new Date();
    const request = publishRequest({ text: `Marché <bio> & local ${Date.now()}` });
    const sent = await adapter().publish(access, request, signal());
    expect(sent).toMatchObject({ kind: 'published' });
    await publishNewerPosts(adapter(), access, 45);
    const externalId = sent.kind === 'published' ? sent.externalId : '';
    expect(await adapter().findPublished(access, request, since, signal())).toEqual({
      externalId,
      url: sent.kind === 'published' ? sent.url : null,
    });
    expect(await adapter().findPublished(access, publishRequest(), since, signal())).toBeNull();
    const afterIt = new Date(Date.now() + CLOCK_SKEW_MS + 5000);
    expect(await adapter().findPublished(access, request, afterIt, signal())).toBeNull();
  });

  it('a window it cannot cover (more than ten pages, or the rate limit spent): an error, never "not there"', async () => {
    await kit.bench.sandbox.client.setRateLimit('mastodon', 1000, 300);
    try {
      const { access } = await account();
      const since = new Date();
      const request = publishRequest();
      await adapter().publish(access, request, signal());
      await publishNewerPosts(adapter(), access, READ_BACK_MAX_PAGES * 40 + 5, 20);
      await expect(adapter().findPublished(access, request, since, signal())).rejects.toThrow(
        "Mastodon could not be read back: the account has more posts in the post's time window than 10 pages hold.",
      );

      await kit.bench.sandbox.client.setRateLimit('mastodon', 46, 300);
      const limited = await account();
      await adapter().publish(limited.access, request, signal());
      await publishNewerPosts(adapter(), limited.access, 45);
      await expect(adapter().findPublished(limited.access, request, since, signal())).rejects.toThrow(
        "Mastodon could not be read back: its rate limit was reached after 1 pages, before the post's time window was covered.",
      );
    } finally {
      await kit.bench.sandbox.client.setRateLimit('mastodon', 300, 300);
    }
  });

  it('a text the server refuses: rejected in its words, nothing posted', async () => {
    const { credentials, access } = await account();
    expect(
      await adapter().publish(access, publishRequest({ text: 'x'.repeat(501) }), signal()),
    ).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: 'Validation failed: Text character limit of 500 exceeded',
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  });

  it('a server that cannot be reached: nothing sent, retryable; one that never answers: unknown', async () => {
    const { access } = await account();
    const closed = await adapter().publish(
      { ...access, instanceUrl: `http://127.0.0.1:${await freePort()}` },
      publishRequest(),
      signal(),
    );
    expect(closed).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
    await kit.bench.sandbox.client.setLatency(1500, 'mastodon');
    try {
      const slow = (await kit.bench.registryWith({ httpTimeoutMs: 300 })).get(Network.Mastodon);
      expect(await slow.publish(access, publishRequest(), signal())).toMatchObject({ kind: 'unknown' });
    } finally {
      await kit.bench.sandbox.client.setLatency(0, 'mastodon');
    }
  });
});
