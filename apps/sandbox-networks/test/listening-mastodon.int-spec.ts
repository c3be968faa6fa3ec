import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { createRestAPIClient, MastoHttpError } from 'masto';
import { rejectionOf } from './support/rejection';

// masto's CommonJS build requires `change-case`, published as an ES module only.
jest.mock('change-case', () =>
  jest
    .requireActual<typeof import('./support/esm-as-commonjs')>('./support/esm-as-commonjs')
    .esmAsCommonJs('change-case'),
);

describe('sandbox Mastodon listening', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    account = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
  });

  const masto = (accessToken = account.accessToken) =>
    createRestAPIClient({ url: account.instanceUrl, accessToken });

  const mention = (text: string, handle = 'camille') =>
    sandbox.client
      .injectListening({ network: 'mastodon', kind: 'mention', account: 'acme', text, author: { handle } })
      .then(([item]) => item);

  const httpError = (promise: Promise<unknown>) => rejectionOf(promise, MastoHttpError);

  it('lists mentions as notifications, newest first, paged by the Link header and since_id', async () => {
    const other = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'other' });
    const first = await mention('@acme my parcel is late #delivery', 'camille');
    const second = await mention('@acme thanks for the refund!', 'hugo');
    await sandbox.client.injectListening({
      network: 'mastodon',
      kind: 'mention',
      account: 'other',
      text: '@other hi',
    });
    const third = await mention('@acme is the shop open on Sunday?', 'camille');

    const page = await masto().v1.notifications.list({ types: ['mention'] });
    expect(page.map((n) => n.status?.id)).toEqual([third.id, second.id, first.id]);
    expect(page[2]).toMatchObject({
      type: 'mention',
      account: { acct: 'camille', username: 'camille' },
      status: {
        language: 'en',
        inReplyToId: null,
        mentions: [{ id: account.externalId, acct: 'acme' }],
        tags: [{ name: 'delivery' }],
      },
    });
    expect(page[2].status?.content).toContain('class="u-url mention">@<span>acme</span></a>');
    expect(await masto().v1.notifications.list({ excludeTypes: ['mention'] })).toEqual([]);
    expect((await masto(other.accessToken).v1.notifications.list()).length).toBe(1);

    const pages: string[][] = [];
    for await (const notifications of masto().v1.notifications.list({ limit: 2 })) {
      pages.push(notifications.map((n) => n.id));
    }
    expect(pages).toEqual([[third.id, second.id], [first.id]]);

    const fourth = await mention('@acme one more thing');
    const newer = await masto().v1.notifications.list({ sinceId: third.id });
    expect(newer.map((n) => n.status?.id)).toEqual([fourth.id]);
  });

  it('never skips nor repeats a mention while a stream adds them and a client follows min_id', async () => {
    await sandbox.client.startListeningStream({
      ratePerSecond: 200,
      networks: ['mastodon'],
      topics: [{ brand: 'Acme', handles: { mastodon: 'acme' }, keywords: ['acme'] }],
    });
    const seen: string[] = [];
    let cursor = '0';
    const follow = async () => {
      for (;;) {
        const page = await masto().v1.notifications.list({ minId: cursor, limit: 80 });
        if (page.length === 0) return;
        seen.push(...page.map((n) => n.id).reverse());
        cursor = page[0].id;
      }
    };
    const until = Date.now() + 1500;
    while (Date.now() < until) await follow();
    await sandbox.client.stopListeningStream();
    await follow();

    const stored = await sandbox.client.listeningItems({
      network: 'mastodon',
      accountId: account.externalId,
      limit: 1000,
    });
    expect(stored.stored).toBeLessThan(1000);
    const expected = stored.items
      .filter((item) => item.kind !== 'message' && item.kind !== 'post')
      .map((item) => item.id)
      .reverse();
    expect(expected.length).toBeGreaterThan(100);
    expect(seen).toEqual(expected);
  });

  it('shows a thread as context, answers a listened comment, and favourites it', async () => {
    const post = await masto().v1.statuses.create({ status: 'Our spring range is out' });
    const [comment] = await sandbox.client.injectListening({
      network: 'mastodon',
      kind: 'comment',
      postId: post.id,
      text: 'Is it available in green?',
      author: { handle: 'lea' },
    });
    const [reply] = await sandbox.client.injectListening({
      network: 'mastodon',
      kind: 'reply',
      postId: comment.id,
      text: 'Same question',
      author: { handle: 'hugo' },
    });
    const answer = await masto().v1.statuses.create({
      status: '@lea yes, from May',
      inReplyToId: comment.id,
    });
    expect(answer.inReplyToId).toBe(comment.id);

    const context = await masto().v1.statuses.$select(comment.id).context.fetch();
    expect(context.ancestors.map((s) => s.id)).toEqual([post.id]);
    expect(context.descendants.map((s) => s.id)).toEqual([reply.id, answer.id]);
    const notified = await masto().v1.notifications.list();
    expect(notified.map((n) => n.status?.id)).toEqual([reply.id, comment.id]);

    const favourited = await masto().v1.statuses.$select(comment.id).favourite();
    expect(favourited).toMatchObject({
      id: comment.id,
      favourited: true,
      favouritesCount: 1,
      repliesCount: 2,
    });
    expect((await sandbox.client.listeningItems({ q: 'green' })).items[0].likeCount).toBe(1);
  });

  it('lists a hashtag timeline and searches statuses, paged by min_id and max_id', async () => {
    const items = await sandbox.client.injectListening(
      Array.from({ length: 5 }, (_, i) => ({
        network: 'mastodon' as const,
        kind: 'post' as const,
        text: `Refund number ${i} still missing #AcmeFail`,
        author: { handle: `user${i}` },
        lang: 'fr',
      })),
    );
    await sandbox.client.injectListening({ network: 'mastodon', kind: 'post', text: 'Unrelated #cats' });
    const ids = items.map((item) => item.id);

    const tagged = await masto().v1.timelines.tag.$select('acmefail').list({ limit: 3 });
    expect(tagged.map((s) => s.id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(tagged[0]).toMatchObject({ language: 'fr', tags: [{ name: 'acmefail' }] });
    const older = await masto().v1.timelines.tag.$select('acmefail').list({ maxId: ids[2] });
    expect(older.map((s) => s.id)).toEqual([ids[1], ids[0]]);

    const found = await masto().v2.search.list({ q: 'refund missing', type: 'statuses', limit: 2 });
    expect(found.statuses.map((s) => s.id)).toEqual([ids[4], ids[3]]);
    const after = await masto().v2.search.list({ q: 'refund', type: 'statuses', minId: ids[2] });
    expect(after.statuses.map((s) => s.id)).toEqual([ids[4], ids[3]]);
    expect((await masto().v2.search.list({ q: '#cats', type: 'statuses' })).statuses).toHaveLength(1);
    expect((await masto().v2.search.list({ q: 'refund', type: 'accounts' })).statuses).toEqual([]);
  });

  it('groups direct messages by correspondent with their last status', async () => {
    const [first] = await sandbox.client.injectListening({
      network: 'mastodon',
      kind: 'message',
      account: 'acme',
      text: 'Hello, my order 123 is missing',
      author: { handle: 'emma' },
    });
    const [, last] = await sandbox.client.injectListening([
      { network: 'mastodon', kind: 'message', account: 'acme', text: 'Hi there', author: { handle: 'noah' } },
      {
        network: 'mastodon',
        kind: 'message',
        account: 'acme',
        text: 'Any news?',
        author: { handle: 'emma' },
      },
    ]);
    const conversations = await masto().v1.conversations.list();
    expect(conversations.map((c) => c.lastStatus?.content)).toEqual(['<p>Any news?</p>', '<p>Hi there</p>']);
    expect(conversations[0]).toMatchObject({
      accounts: [{ acct: 'emma' }],
      lastStatus: { id: last.id, visibility: 'direct' },
    });
    const other = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'other' });
    await httpError(masto(other.accessToken).v1.statuses.$select(first.id).fetch());
    expect(await masto().v1.notifications.list()).toEqual([]);
  });

  it('deletes its own statuses only; a deleted status can no longer be answered', async () => {
    const own = await masto().v1.statuses.create({ status: 'Oops, wrong price' });
    const listened = await mention('@acme hello');
    expect((await httpError(masto().v1.statuses.$select(listened.id).remove())).statusCode).toBe(404);
    const removed = await masto().v1.statuses.$select(own.id).remove();
    expect(removed).toMatchObject({ id: own.id, text: 'Oops, wrong price' });
    expect((await httpError(masto().v1.statuses.$select(own.id).fetch())).statusCode).toBe(404);
    const reply = await httpError(masto().v1.statuses.create({ status: 'fix', inReplyToId: own.id }));
    expect(reply.statusCode).toBe(404);
    expect(reply.message).toBe('The post you are trying to reply to does not appear to exist.');
    expect(await masto().v1.accounts.$select(account.externalId).statuses.list()).toEqual([]);
  });

  it('refuses listening reads without a valid token', async () => {
    const response = await fetch(`${account.instanceUrl}/api/v1/notifications`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'The access token is invalid' });
  });
});
