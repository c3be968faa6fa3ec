import { Network, PublishFailureCode } from '@relais/contracts';
import { RefreshRefused } from '../../src/networks/network-adapter';
import { blueskyRkey } from '../../src/networks/bluesky/bluesky-record';
import { blueskyCommentRkey } from '../../src/networks/bluesky/bluesky.adapter';
import { near, publishRequest, signal, useNetworkBench } from './sandbox-adapters';

describe('Bluesky adapter against the sandbox', () => {
  const kit = useNetworkBench(Network.Bluesky);
  const { adapter, account, postsOf } = kit;

  it('creates the record under the rkey of the publication, with link facets, and answers it with a reply', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({
      text: 'Marché de Noël ☃ https://relais.fr/noel #fêtes',
      firstComment: 'Horaires : 10 h – 19 h',
    });
    const outcome = await adapter().publish(access, request, signal());
    const rkey = blueskyRkey(request.idempotencyKey);
    const did = credentials.externalId;
    expect(outcome).toEqual({
      kind: 'published',
      externalId: `at://${did}/app.bsky.feed.post/${rkey}`,
      url: `https://bsky.app/profile/${did}/post/${rkey}`,
      rateLimit: expect.objectContaining({ limit: 5000 }),
    });
    const [post] = await postsOf(did);
    const record = post.details.record as {
      text: string;
      facets: Array<{ index: { byteStart: number; byteEnd: number } }>;
    };
    expect(record.text).toBe(request.text);
    const bytes = Buffer.from(request.text, 'utf8');
    expect(
      record.facets.map(({ index }) => bytes.subarray(index.byteStart, index.byteEnd).toString('utf8')),
    ).toEqual(['https://relais.fr/noel', '#fêtes']);
    expect(post.comments.map((comment) => comment.text)).toEqual(['Horaires : 10 h – 19 h']);
    const query = new URLSearchParams({
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey: blueskyCommentRkey(request.idempotencyKey),
    });
    const comment = await (
      await fetch(`${credentials.instanceUrl}/xrpc/com.atproto.repo.getRecord?${query}`)
    ).json();
    const root = { uri: post.id, cid: post.details.cid };
    expect(comment.value.reply).toEqual({ root, parent: root });
  });

  it('an expired session: authExpired, then refresh() renews it and the post goes out (even with the stale token)', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'bluesky',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: true,
      networkMessage: 'ExpiredToken: Token has expired',
    });
    const renewed = await adapter().refresh(access, signal());
    expect(renewed).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresAt: expect.any(Date),
    });
    expect(renewed?.accessToken).not.toBe(access.accessToken);
    expect(renewed!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3600_000);
    expect(await adapter().publish({ ...access, ...renewed }, publishRequest(), signal())).toMatchObject({
      kind: 'published',
    });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({ kind: 'published' });
    expect(await postsOf(credentials.externalId)).toHaveLength(2);
  });

  it('a refused renewal is permanent: the account must be reconnected', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.addFault({
      network: 'bluesky',
      accountId: credentials.externalId,
      kind: 'refuse_refresh',
    });
    const refusal = await adapter()
      .refresh(access, signal())
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RefreshRefused);
    expect(refusal).toMatchObject({
      permanent: true,
      message: expect.stringMatching(/reconnect the account/),
    });
  });

  it('429: rate limited until RateLimit-Reset; 5xx: unavailable and retryable', async () => {
    const { credentials, access } = await account();
    const accountId = credentials.externalId;
    await kit.bench.sandbox.client.addFault({
      network: 'bluesky',
      accountId,
      kind: 'rate_limit',
      retryAfterSeconds: 300,
    });
    const limited = await adapter().publish(access, publishRequest(), signal());
    expect(limited).toMatchObject({ kind: 'failed', code: PublishFailureCode.RateLimited, retryable: true });
    expect(limited.kind === 'failed' && near(limited.retryAt, Date.now() + 300_000)).toBe(true);
    await kit.bench.sandbox.client.addFault({ network: 'bluesky', accountId, kind: 'fail', status: 502 });
    expect(await adapter().publish(access, publishRequest(), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
      networkMessage: 'UpstreamFailure: Upstream service unreachable',
    });
    expect(await postsOf(accountId)).toHaveLength(0);
  });

  it('an answer lost after the record was stored: unknown, then the resend finds it (one post, one reply)', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ firstComment: 'Suite en réponse' });
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toBeNull();
    await kit.bench.sandbox.client.addFault({
      network: 'bluesky',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'unknown' });
    const found = await adapter().findPublished(access, request, request.createdAt, signal());
    // The resend finds the post; the first comment's answer is lost in turn and sent once more under its own key.
    await kit.bench.sandbox.client.addFault({
      network: 'bluesky',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    const again = await adapter().publish(access, { ...request, createdAt: new Date() }, signal());
    expect(again).not.toHaveProperty('firstCommentFailure');
    expect(await kit.bench.sandbox.client.faults()).toEqual([]);
    expect(again).toMatchObject({ kind: 'published', externalId: found?.externalId, url: found?.url });
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(posts[0].id).toBe(found?.externalId);
    expect(posts[0].comments).toHaveLength(1);
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'published' });
    expect((await postsOf(credentials.externalId))[0].comments).toHaveLength(1);
  });

  it('a text over 300 graphemes: rejected in Bluesky’s words', async () => {
    const { access } = await account();
    expect(
      await adapter().publish(access, publishRequest({ text: 'é'.repeat(301) }), signal()),
    ).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage:
        'InvalidRequest: Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes',
    });
  });
});
