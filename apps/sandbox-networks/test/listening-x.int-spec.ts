import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { ApiResponseError } from 'twitter-api-v2';
import { localXClient } from './support/local-x-client';
import { rejectionOf } from './support/rejection';

describe('sandbox X listening', () => {
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
    account = await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
  });

  const x = (token = account.accessToken) => localXClient(sandbox.endpoints.x, token);
  const mention = (text: string, handle = 'camille', lang = 'en') =>
    sandbox.client
      .injectListening({ network: 'x', kind: 'mention', account: 'acme', text, author: { handle }, lang })
      .then(([item]) => item);

  const apiError = (promise: Promise<unknown>) => rejectionOf(promise, ApiResponseError);

  it('reads the mention timeline with fields and expanded authors, paged without repeats', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push((await mention(`@acme question ${i}`, i % 2 === 0 ? 'camille' : 'hugo')).id);

    const timeline = await x().v2.userMentionTimeline(account.externalId, {
      max_results: 5,
      'tweet.fields': ['created_at', 'author_id', 'conversation_id', 'lang'],
      expansions: ['author_id'],
    });
    expect(timeline.tweets.map((t) => t.id)).toEqual([...ids].reverse().slice(0, 5));
    expect(timeline.tweets[0]).toMatchObject({
      text: '@acme question 6',
      lang: 'en',
      conversation_id: ids[6],
    });
    expect(timeline.includes.users.map((user) => user.username).sort()).toEqual(['camille', 'hugo']);
    const newer = await mention('@acme arrived meanwhile');
    await timeline.fetchNext();
    expect(timeline.tweets.map((t) => t.id)).toEqual([...ids].reverse());

    const since = await x().v2.userMentionTimeline(account.externalId, { since_id: ids[6] });
    expect(since.tweets.map((t) => t.id)).toEqual([newer.id]);
    const bad = await apiError(x().v2.userMentionTimeline(account.externalId, { max_results: 200 }));
    expect(bad.code).toBe(400);
  });

  it('searches recent posts with X operators and refuses a malformed query like X', async () => {
    const items = await sandbox.client.injectListening([
      {
        network: 'x',
        kind: 'post',
        text: 'Refund still missing from Acme #AcmeFail',
        author: { handle: 'a1' },
      },
      {
        network: 'x',
        kind: 'post',
        text: 'Remboursement toujours pas reçu, Acme',
        author: { handle: 'a2' },
        lang: 'fr',
      },
      {
        network: 'x',
        kind: 'mention',
        account: 'acme',
        text: '@acme refund please https://example.com/o/1',
        author: { handle: 'a3' },
      },
      { network: 'x', kind: 'post', text: 'Acme delivery was fast', author: { handle: 'a1' } },
    ]);
    const ids = (query: string) =>
      x()
        .v2.search(query, { 'tweet.fields': ['lang'] })
        .then((page) => page.tweets.map((t) => t.id));
    expect(await ids('refund')).toEqual([items[2].id, items[0].id]);
    expect(await ids('acme lang:fr')).toEqual([items[1].id]);
    expect(await ids('(refund OR delivery) -is:retweet from:a1')).toEqual([items[3].id, items[0].id]);
    expect(await ids('"still missing" #acmefail')).toEqual([items[0].id]);
    expect(await ids('@acme has:links')).toEqual([items[2].id]);
    expect(await ids('acme -refund')).toEqual([items[3].id, items[1].id]);

    const error = await apiError(x().v2.search('(refund OR late'));
    expect(error.code).toBe(400);
    expect(error.data).toMatchObject({
      title: 'Invalid Request',
      errors: [{ message: expect.stringContaining('missing closing parenthesis') }],
    });
  });

  it('answers a listened mention, likes it, hides a reply to its post and deletes its own post', async () => {
    const { data: post } = await x().v2.tweet('Our spring range is out');
    const [reply] = await sandbox.client.injectListening({
      network: 'x',
      kind: 'comment',
      postId: post.id,
      text: 'Buy cheap followers here',
      author: { handle: 'spammer' },
    });
    const listened = await mention('@acme where is my parcel?');

    const answer = await x().v2.reply('@camille it left today', listened.id);
    const read = await x().v2.singleTweet(answer.data.id, { 'tweet.fields': ['referenced_tweets'] });
    expect(read.data.referenced_tweets).toEqual([{ type: 'replied_to', id: listened.id }]);

    expect((await x().v2.like(account.externalId, listened.id)).data.liked).toBe(true);
    expect((await sandbox.client.listeningItems({ q: 'parcel' })).items[0].likeCount).toBe(1);

    expect((await x().v2.hideReply(reply.id, true)).data.hidden).toBe(true);
    expect((await sandbox.client.listeningItems({ q: 'followers' })).items[0].hidden).toBe(true);
    expect((await apiError(x().v2.hideReply(listened.id, true))).code).toBe(403);

    expect((await x().v2.deleteTweet(post.id)).data.deleted).toBe(true);
    const gone = await apiError(x().v2.reply('too late', post.id));
    expect(gone.code).toBe(403);
    expect((await apiError(x().v2.deleteTweet(listened.id))).code).toBe(403);
  });

  it('lists the account direct messages', async () => {
    await sandbox.client.injectListening([
      {
        network: 'x',
        kind: 'message',
        account: 'acme',
        text: 'Hello, order 42?',
        author: { handle: 'emma' },
      },
      { network: 'x', kind: 'message', account: 'acme', text: 'Any news?', author: { handle: 'emma' } },
    ]);
    const events = await x().v2.listDmEvents();
    expect(events.events.map((event) => ('text' in event ? event.text : null))).toEqual([
      'Any news?',
      'Hello, order 42?',
    ]);
    expect(events.events[0]).toMatchObject({
      event_type: 'MessageCreate',
      sender_id: expect.stringMatching(/^\d+$/),
    });
  });
});
