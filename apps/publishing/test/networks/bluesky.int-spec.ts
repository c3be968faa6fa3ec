import { AppBskyRichtextFacet, AtpAgent, RichText } from '@atproto/api';
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
      // The record's CID, which a reply's strong ref names.
      cid: expect.stringMatching(/^bafyrei/),
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

  /** The record stored under a record key of the account. */
  async function storedRecord(
    instanceUrl: string,
    did: string,
    rkey: string,
  ): Promise<{ text: string; facets?: AppBskyRichtextFacet.Main[] }> {
    const query = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', rkey });
    const answer = await fetch(`${instanceUrl}/xrpc/com.atproto.repo.getRecord?${query}`);
    return ((await answer.json()) as { value: { text: string; facets?: AppBskyRichtextFacet.Main[] } }).value;
  }

  /** What a byte range of the text shows. */
  function slice(text: string, index: { byteStart: number; byteEnd: number }): string {
    return Buffer.from(text, 'utf8').subarray(index.byteStart, index.byteEnd).toString('utf8');
  }

  it('links, mentions and tags every tricky text exactly as Bluesky’s own client does', async () => {
    const { credentials, access } = await account();
    const mentioned = await kit.bench.sandbox.client.provisionAccount({ network: 'bluesky' });
    const texts = [
      'À lire : https://www.lemonde.fr/recherche/?keywords=crème&page=2 et la suite',
      'Café ☕ 👩‍👩‍👧 https://relais.fr/famille?x=1&y=2, puis https://relais.fr/été!',
      'Voir (https://fr.wikipedia.org/wiki/Crème_brûlée). Ou https://fr.wikipedia.org/wiki/Paris_(France)',
      'Intranet https://intranet.agence/tableau et http://localhost:3000/x ; nus : relais.fr/a, outil.internal/b',
      `Merci @${mentioned.handle} et @inconnu.sandbox.test ! (@${mentioned.handle})`,
      '#fêtes #2026 #日本語 ＃全角 #été2026… $AAPL et #ok.',
      `🎉 @${mentioned.handle} 🎉 https://relais.fr/🎉?q=ü #fin`,
    ];
    // Bluesky's own client, resolving mentions through the same PDS; it leaves an unknown handle
    // with an empty DID that the Bluesky app then drops.
    const agent = new AtpAgent({ service: credentials.instanceUrl });
    const stored: Array<Array<{ shown: string; feature: unknown }>> = [];
    for (const text of texts) {
      const request = publishRequest({ text });
      expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'published' });
      const official = new RichText({ text });
      await official.detectFacets(agent);
      const expected = (official.facets ?? [])
        .map((facet) => ({
          ...facet,
          features: facet.features.filter(
            (feature) => !AppBskyRichtextFacet.isMention(feature) || feature.did !== '',
          ),
        }))
        .filter((facet) => facet.features.length > 0);
      const record = await storedRecord(
        credentials.instanceUrl,
        credentials.externalId,
        blueskyRkey(request.idempotencyKey),
      );
      expect({ text, facets: record.facets ?? [] }).toEqual({ text, facets: expected });
      stored.push(
        (record.facets ?? []).map((facet) => ({
          shown: slice(text, facet.index),
          feature: facet.features[0],
        })),
      );
    }

    // What a reader sees: the whole address linked, accents and all.
    expect(stored[0]).toEqual([
      {
        shown: 'https://www.lemonde.fr/recherche/?keywords=crème&page=2',
        feature: {
          $type: 'app.bsky.richtext.facet#link',
          uri: 'https://www.lemonde.fr/recherche/?keywords=crème&page=2',
        },
      },
    ]);
    // An address with its scheme is linked on any host; a bare one only on a public top-level domain.
    expect(stored[3].map(({ shown }) => shown)).toEqual([
      'https://intranet.agence/tableau',
      'http://localhost:3000/x',
      'relais.fr/a',
    ]);
    // A known handle is mentioned (each time), an unknown one stays plain text and the post goes out.
    expect(stored[4]).toEqual([
      {
        shown: `@${mentioned.handle}`,
        feature: { $type: 'app.bsky.richtext.facet#mention', did: mentioned.externalId },
      },
      {
        shown: `@${mentioned.handle}`,
        feature: { $type: 'app.bsky.richtext.facet#mention', did: mentioned.externalId },
      },
    ]);
  });

  it('a first comment gets its mentions too', async () => {
    const { credentials, access } = await account();
    const mentioned = await kit.bench.sandbox.client.provisionAccount({ network: 'bluesky' });
    const request = publishRequest({ firstComment: `Photos : @${mentioned.handle}` });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'published' });
    const comment = await storedRecord(
      credentials.instanceUrl,
      credentials.externalId,
      blueskyCommentRkey(request.idempotencyKey),
    );
    expect(comment.facets).toEqual([
      {
        $type: 'app.bsky.richtext.facet',
        index: { byteStart: 9, byteEnd: 10 + mentioned.handle.length },
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: mentioned.externalId }],
      },
    ]);
  });

  it('a mention that cannot be looked up in time: nothing is posted, and sending again is safe', async () => {
    const { credentials, access } = await account();
    const registry = await kit.bench.registryWith({ httpTimeoutMs: 300 });
    const request = publishRequest({ text: `Bravo @${credentials.handle}` });
    await kit.bench.sandbox.client.setLatency(1000, 'bluesky');
    try {
      const outcome = await registry.get(Network.Bluesky).publish(access, request, signal());
      expect(outcome).toMatchObject({
        kind: 'failed',
        code: PublishFailureCode.NetworkUnavailable,
        retryable: true,
        message: expect.stringMatching(/nothing was posted/),
      });
    } finally {
      await kit.bench.sandbox.client.setLatency(0, 'bluesky');
    }
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'published' });
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
  });

  it('a resend of a publication already on Bluesky: the PDS’s 500 for the taken key, then published with its URI and URL', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ firstComment: 'Et en réponse' });
    const first = await adapter().publish(access, request, signal());
    expect(first).toMatchObject({ kind: 'published' });
    const again = await adapter().publish(access, { ...request, createdAt: new Date() }, signal());
    const rkey = blueskyRkey(request.idempotencyKey);
    expect(again).toEqual({
      kind: 'published',
      externalId: `at://${credentials.externalId}/app.bsky.feed.post/${rkey}`,
      url: `https://bsky.app/profile/${credentials.externalId}/post/${rkey}`,
      cid: expect.stringMatching(/^bafyrei/),
      rateLimit: expect.objectContaining({ limit: 5000 }),
    });
    const posts = await postsOf(credentials.externalId);
    expect(posts.map((post) => post.comments.length)).toEqual([1]);
  });

  it('findPublished reads the record keys: the post and its first comment, or null while one is missing', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ firstComment: 'La suite en réponse' });
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toBeNull();
    // A worker stopped after the post went out, before its first comment.
    const created = await fetch(`${credentials.instanceUrl}/xrpc/com.atproto.repo.createRecord`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        repo: credentials.externalId,
        collection: 'app.bsky.feed.post',
        rkey: blueskyRkey(request.idempotencyKey),
        record: {
          $type: 'app.bsky.feed.post',
          text: request.text,
          createdAt: request.createdAt.toISOString(),
        },
      }),
    });
    expect(created.status).toBe(200);
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toBeNull();
    // The resend adds only what is missing.
    const sent = await adapter().publish(access, request, signal());
    expect(sent).toMatchObject({ kind: 'published' });
    const found = await adapter().findPublished(access, request, request.createdAt, signal());
    expect(found).toEqual({
      externalId: sent.kind === 'published' ? sent.externalId : null,
      url: sent.kind === 'published' ? sent.url : null,
      cid: sent.kind === 'published' ? sent.cid : null,
    });
    expect(
      await adapter().findPublished(access, { ...request, firstComment: null }, request.createdAt, signal()),
    ).toEqual(found);
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(posts[0].comments.map((comment) => comment.text)).toEqual(['La suite en réponse']);
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
    // The post is there without its first comment: not published yet.
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toBeNull();
    // The resend finds the post; the first comment's answer is lost in turn and sent once more under its own key.
    await kit.bench.sandbox.client.addFault({
      network: 'bluesky',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    const again = await adapter().publish(access, { ...request, createdAt: new Date() }, signal());
    expect(again).not.toHaveProperty('firstCommentFailure');
    expect(await kit.bench.sandbox.client.faults()).toEqual([]);
    const found = await adapter().findPublished(access, request, request.createdAt, signal());
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
