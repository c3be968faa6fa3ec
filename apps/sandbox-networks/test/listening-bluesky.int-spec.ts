import { AtpAgent } from '@atproto/api';
import {
  SandboxAccountCredentials,
  SandboxNetworks,
  startSandboxNetworks,
  waitFor,
} from '@relais/server-testing';
import type { CommitCreateEvent } from '@skyware/jetstream';
import WebSocket from 'ws';

// @skyware/jetstream is published as an ES module only.
jest.mock('@skyware/jetstream', () =>
  jest
    .requireActual<typeof import('./support/esm-as-commonjs')>('./support/esm-as-commonjs')
    .esmAsCommonJs('@skyware/jetstream'),
);

// partysocket's CommonJS build exports its `ws` module, not the class, as `WebSocket`: give the class,
// as its ES module build does.
jest.mock('partysocket', () => ({
  WebSocket: jest.requireActual<{ default: unknown }>('partysocket/ws').default,
}));

type JetstreamModule = typeof import('@skyware/jetstream');
const { Jetstream } = jest.requireMock<JetstreamModule>('@skyware/jetstream');

/** The text of a post record (the library types records through lexicons this project does not load). */
const textOf = (record: object): string => ('text' in record ? String(record.text) : '');

describe('sandbox Bluesky listening', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks({
      env: { JETSTREAM_PORT: '0', JETSTREAM_MAX_BUFFERED_BYTES: String(64 * 1024) },
    });
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    account = await sandbox.client.provisionAccount({
      network: 'bluesky',
      handle: 'acme',
      appPassword: 'abcd-efgh-ijkl-mnop',
    });
  });

  async function loggedIn(): Promise<AtpAgent> {
    const agent = new AtpAgent({ service: account.instanceUrl });
    await agent.login({ identifier: 'acme.sandbox.test', password: 'abcd-efgh-ijkl-mnop' });
    return agent;
  }

  const inject = (items: Parameters<SandboxNetworks['client']['injectListening']>[0]) =>
    sandbox.client.injectListening(items);

  it('lists mentions and replies as notifications, filtered by reason and paged by cursor', async () => {
    const agent = await loggedIn();
    const post = await agent.post({ text: 'Our spring range is out' });
    const [mention] = await inject({
      network: 'bluesky',
      kind: 'mention',
      account: 'acme',
      text: 'Hey @acme.sandbox.test where is my parcel?',
      author: { handle: 'camille' },
      lang: 'fr',
    });
    const [reply] = await inject({ network: 'bluesky', kind: 'comment', postId: post.uri, text: 'Love it' });
    const [later] = await inject({
      network: 'bluesky',
      kind: 'mention',
      account: 'acme',
      text: '@acme.sandbox.test hi',
    });

    const all = await agent.app.bsky.notification.listNotifications({});
    expect(all.data.notifications.map((n) => [n.uri, n.reason])).toEqual([
      [later.id, 'mention'],
      [reply.id, 'reply'],
      [mention.id, 'mention'],
    ]);
    expect(all.data.notifications[1]).toMatchObject({
      reasonSubject: post.uri,
      record: { reply: { parent: { uri: post.uri, cid: post.cid } } },
    });
    expect(all.data.notifications[2]).toMatchObject({
      author: { handle: 'camille.bsky.social', did: expect.stringMatching(/^did:plc:/) },
      record: {
        $type: 'app.bsky.feed.post',
        langs: ['fr'],
        facets: [{ features: [{ did: account.externalId }] }],
      },
      isRead: false,
    });

    const replies = await agent.app.bsky.notification.listNotifications({ reasons: ['reply'] });
    expect(replies.data.notifications.map((n) => n.uri)).toEqual([reply.id]);

    const first = await agent.app.bsky.notification.listNotifications({ limit: 2 });
    expect(first.data.notifications.map((n) => n.uri)).toEqual([later.id, reply.id]);
    await inject({ network: 'bluesky', kind: 'mention', account: 'acme', text: '@acme.sandbox.test newer' });
    const second = await agent.app.bsky.notification.listNotifications({
      limit: 2,
      cursor: first.data.cursor,
    });
    expect(second.data.notifications.map((n) => n.uri)).toEqual([mention.id]);
    expect(second.data.cursor).toBeUndefined();

    await agent.app.bsky.notification.updateSeen({ seenAt: new Date().toISOString() });
    const seen = await agent.app.bsky.notification.listNotifications({});
    expect(seen.data.notifications.every((n) => n.isRead)).toBe(true);
  });

  it('searches posts by words, phrases, language, tag, author and mention, newest first with a cursor', async () => {
    const agent = await loggedIn();
    const items = await inject([
      {
        network: 'bluesky',
        kind: 'post',
        text: 'Refund still missing from Acme #AcmeFail',
        lang: 'en',
        author: { handle: 'a1' },
      },
      {
        network: 'bluesky',
        kind: 'post',
        text: 'Remboursement toujours pas reçu de Acme',
        lang: 'fr',
        author: { handle: 'a2' },
      },
      {
        network: 'bluesky',
        kind: 'mention',
        account: 'acme',
        text: 'Refund please @acme.sandbox.test',
        lang: 'en',
        author: { handle: 'a3' },
      },
      {
        network: 'bluesky',
        kind: 'post',
        text: 'The Acme refund finally arrived',
        lang: 'en',
        author: { handle: 'a1' },
      },
    ]);
    const search = async (params: Parameters<AtpAgent['app']['bsky']['feed']['searchPosts']>[0]) =>
      (await agent.app.bsky.feed.searchPosts(params)).data;

    expect((await search({ q: 'refund' })).posts.map((p) => p.uri)).toEqual([
      items[3].id,
      items[2].id,
      items[0].id,
    ]);
    expect((await search({ q: '"refund still"' })).posts.map((p) => p.uri)).toEqual([items[0].id]);
    expect((await search({ q: 'acme', lang: 'fr' })).posts.map((p) => p.uri)).toEqual([items[1].id]);
    expect((await search({ q: 'acme', tag: ['acmefail'] })).posts.map((p) => p.uri)).toEqual([items[0].id]);
    expect((await search({ q: 'acme from:a1.bsky.social' })).posts.map((p) => p.uri)).toEqual([
      items[3].id,
      items[0].id,
    ]);
    expect((await search({ q: 'refund', mentions: 'acme.sandbox.test' })).posts.map((p) => p.uri)).toEqual([
      items[2].id,
    ]);
    const post = (await search({ q: 'finally' })).posts[0];
    expect(post).toMatchObject({
      author: { handle: 'a1.bsky.social' },
      record: { text: 'The Acme refund finally arrived', langs: ['en'] },
      likeCount: 0,
    });

    const page = await search({ q: 'refund', limit: 2 });
    expect(page.posts.map((p) => p.uri)).toEqual([items[3].id, items[2].id]);
    await inject({ network: 'bluesky', kind: 'post', text: 'Another refund story' });
    const next = await search({ q: 'refund', limit: 2, cursor: page.cursor });
    expect(next.posts.map((p) => p.uri)).toEqual([items[0].id]);
    await expect(search({ q: 'refund', limit: 101 })).rejects.toMatchObject({
      status: 400,
      error: 'InvalidRequest',
    });
  });

  it('shows a thread with its parent and replies, reads posts by URI, and likes then unlikes', async () => {
    const agent = await loggedIn();
    const post = await agent.post({ text: 'New shop opening' });
    const [comment] = await inject({
      network: 'bluesky',
      kind: 'comment',
      postId: post.uri,
      text: 'Where is it?',
    });
    const answer = await agent.post({
      text: 'Rue de Rivoli!',
      reply: {
        root: { uri: post.uri, cid: post.cid },
        parent: { uri: comment.id, cid: String(comment.details.cid) },
      },
    });

    const thread = await agent.getPostThread({ uri: comment.id, depth: 5 });
    expect(thread.data.thread).toMatchObject({
      post: { uri: comment.id, replyCount: 1 },
      parent: { post: { uri: post.uri } },
      replies: [{ post: { uri: answer.uri, record: { text: 'Rue de Rivoli!' } } }],
    });
    const posts = await agent.getPosts({
      uris: [post.uri, comment.id, 'at://did:plc:nobody/app.bsky.feed.post/x'],
    });
    expect(posts.data.posts.map((p) => p.uri)).toEqual([post.uri, comment.id]);

    const like = await agent.like(comment.id, String(comment.details.cid));
    const liked = await agent.getPosts({ uris: [comment.id] });
    expect(liked.data.posts[0]).toMatchObject({ likeCount: 1, viewer: { like: like.uri } });
    await agent.deleteLike(like.uri);
    const unliked = await agent.getPosts({ uris: [comment.id] });
    expect(unliked.data.posts[0]).toMatchObject({ likeCount: 0, viewer: {} });
    await expect(agent.getPostThread({ uri: `${post.uri}x` })).rejects.toMatchObject({
      status: 400,
      error: 'NotFound',
    });
  });

  it('relays created posts on the Jetstream firehose and resumes from a cursor', async () => {
    const agent = await loggedIn();
    const received: Array<CommitCreateEvent<'app.bsky.feed.post'>> = [];
    const live = new Jetstream({
      endpoint: `${sandbox.endpoints.jetstream}/subscribe`,
      wantedCollections: ['app.bsky.feed.post'],
      ws: WebSocket,
    });
    live.onCreate('app.bsky.feed.post', (event) => received.push(event));
    const opened = new Promise<void>((resolve) => live.on('open', () => resolve()));
    live.start();
    await opened;
    try {
      const own = await agent.post({ text: 'Published through the PDS' });
      const [mention] = await inject({
        network: 'bluesky',
        kind: 'mention',
        account: 'acme',
        text: '@acme.sandbox.test hello',
      });
      await inject({ network: 'mastodon', kind: 'post', text: 'not on Bluesky' });
      await waitFor(() => received.length >= 2, { timeoutMs: 5000 });
      expect(
        received.map((event) => [event.did, event.commit.collection, textOf(event.commit.record)]),
      ).toEqual([
        [account.externalId, 'app.bsky.feed.post', 'Published through the PDS'],
        [mention.author.id, 'app.bsky.feed.post', '@acme.sandbox.test hello'],
      ]);
      expect(received[0]).toMatchObject({
        kind: 'commit',
        commit: { operation: 'create', rkey: own.uri.split('/').pop(), cid: own.cid },
      });
      expect(received[1].time_us).toBeGreaterThan(received[0].time_us);
    } finally {
      live.close();
    }

    const replayed: string[] = [];
    const resumed = new Jetstream({
      endpoint: `${sandbox.endpoints.jetstream}/subscribe`,
      wantedCollections: ['app.bsky.feed.post'],
      cursor: received[1].time_us,
      ws: WebSocket,
    });
    resumed.onCreate('app.bsky.feed.post', (event) => replayed.push(textOf(event.commit.record)));
    resumed.start();
    try {
      await agent.post({ text: 'After the cursor' });
      await waitFor(() => replayed.length >= 2, { timeoutMs: 5000 });
      expect(replayed).toEqual(['@acme.sandbox.test hello', 'After the cursor']);
    } finally {
      resumed.close();
    }
  });

  it('drops a client that stops reading with close code 1008 instead of buffering for it', async () => {
    const socket = new WebSocket(
      `${sandbox.endpoints.jetstream}/subscribe?wantedCollections=app.bsky.feed.post`,
    );
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.pause();
    await sandbox.client.startListeningStream({
      ratePerSecond: 3000,
      networks: ['bluesky'],
      topics: [{ brand: 'Acme', handles: { bluesky: 'acme' }, keywords: ['acme'] }],
    });
    await new Promise((resolve) => setTimeout(resolve, 8000));
    await sandbox.client.stopListeningStream();
    socket.resume();
    expect(await closed).toBe(1008);
  }, 30_000);
});
