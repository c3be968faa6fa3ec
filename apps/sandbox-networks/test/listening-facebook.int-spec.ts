import { createHmac } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SandboxAccountCredentials,
  SandboxNetworks,
  startSandboxNetworks,
  waitFor,
} from '@relais/server-testing';

interface Delivery {
  signatureValid: boolean;
  body: {
    object: string;
    entry: Array<{
      id: string;
      changes?: Array<{ field: string; value: Record<string, unknown> }>;
      messaging?: Array<Record<string, unknown>>;
    }>;
  };
}

interface GraphComment {
  id: string;
  message?: string;
  from?: { id: string; name: string };
  is_hidden?: boolean;
  parent?: { id: string };
}

const APP_SECRET = 'page-app-secret';
const VERIFY_TOKEN = 'verify-me';

describe('sandbox Facebook listening', () => {
  let sandbox: SandboxNetworks;
  let page: SandboxAccountCredentials;
  let graph: string;
  let receiver: Server;
  let callbackUrl: string;
  let deliveries: Delivery[];
  let failNext: number;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
    graph = `${sandbox.endpoints.facebook_page}/v23.0`;
    receiver = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      if (req.method === 'GET') {
        const valid =
          url.searchParams.get('hub.mode') === 'subscribe' &&
          url.searchParams.get('hub.verify_token') === VERIFY_TOKEN;
        res.writeHead(valid ? 200 : 403).end(valid ? url.searchParams.get('hub.challenge') : 'no');
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const expected = `sha256=${createHmac('sha256', APP_SECRET).update(raw).digest('hex')}`;
        const signatureValid = req.headers['x-hub-signature-256'] === expected;
        if (failNext > 0) {
          failNext--;
          res.writeHead(500).end();
          return;
        }
        if (signatureValid)
          deliveries.push({ signatureValid, body: JSON.parse(raw.toString('utf8')) as Delivery['body'] });
        res.writeHead(signatureValid ? 200 : 403).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/facebook`;
  });

  afterAll(async () => {
    await sandbox?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    deliveries = [];
    failNext = 0;
    page = await sandbox.client.provisionAccount({ network: 'facebook_page', handle: 'Acme Bakery' });
  });

  const graphCall = async (method: string, path: string, fields: Record<string, string> = {}) => {
    const params = new URLSearchParams({ access_token: page.accessToken, ...fields });
    const response =
      method === 'GET' || method === 'DELETE'
        ? await fetch(`${graph}${path}?${params.toString()}`, { method })
        : await fetch(`${graph}${path}`, {
            method,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: params,
          });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const publish = async (message: string) =>
    (await graphCall('POST', `/${page.externalId}/feed`, { message })).body.id as string;

  const comment = (postId: string, text: string, handle = 'camille') =>
    sandbox.client
      .injectListening({
        network: 'facebook_page',
        kind: 'comment',
        postId,
        text,
        author: { handle, displayName: `${handle} D.` },
      })
      .then(([item]) => item);

  it('lists comments top-level or as a stream, in either order, paged by cursors without repeats', async () => {
    const postId = await publish('Fresh bread today');
    const first = await comment(postId, 'Looks great');
    const second = await comment(postId, 'Open on Sunday?');
    const [reply] = await sandbox.client.injectListening({
      network: 'facebook_page',
      kind: 'reply',
      postId: second.id,
      text: 'Yes until noon',
    });
    const third = await comment(postId, 'Gluten free?');

    const top = await graphCall('GET', `/${postId}/comments`, { limit: '2' });
    expect((top.body.data as GraphComment[]).map((c) => c.id)).toEqual([first.id, second.id]);
    expect((top.body.data as GraphComment[])[0]).toEqual({
      id: first.id,
      message: 'Looks great',
      created_time: expect.stringMatching(/\+0000$/),
      from: { id: first.author.id, name: 'camille D.' },
    });
    const after = (top.body.paging as { cursors: { after: string } }).cursors.after;
    await comment(postId, 'Arrived meanwhile');
    const next = await graphCall('GET', `/${postId}/comments`, { limit: '2', after });
    expect((next.body.data as GraphComment[]).map((c) => c.message)).toEqual([
      'Gluten free?',
      'Arrived meanwhile',
    ]);

    const stream = await graphCall('GET', `/${postId}/comments`, {
      filter: 'stream',
      order: 'reverse_chronological',
      fields: 'id,message,parent',
    });
    expect((stream.body.data as GraphComment[]).map((c) => c.id)).toEqual([
      expect.any(String),
      third.id,
      reply.id,
      second.id,
      first.id,
    ]);
    expect((stream.body.data as GraphComment[])[2].parent).toEqual({ id: second.id });
    const replies = await graphCall('GET', `/${second.id}/comments`);
    expect((replies.body.data as GraphComment[]).map((c) => c.id)).toEqual([reply.id]);
    const single = await graphCall('GET', `/${second.id}`, { fields: 'id,message,is_hidden' });
    expect(single.body).toEqual({ id: second.id, message: 'Open on Sunday?', is_hidden: false });
  });

  it('replies, hides, likes and deletes comments; a deleted comment is an unknown object (code 100)', async () => {
    const postId = await publish('New croissants');
    const question = await comment(postId, 'Price?');
    const spam = await comment(postId, 'Cheap followers here', 'spammer');

    const reply = await graphCall('POST', `/${question.id}/comments`, { message: '2 euros' });
    expect(reply.status).toBe(200);
    const thread = await graphCall('GET', `/${question.id}/comments`, { fields: 'id,message,from' });
    expect(thread.body.data).toEqual([
      { id: reply.body.id, message: '2 euros', from: { id: page.externalId, name: page.displayName } },
    ]);

    expect((await graphCall('POST', `/${spam.id}`, { is_hidden: 'true' })).body).toEqual({ success: true });
    expect((await graphCall('GET', `/${spam.id}`, { fields: 'is_hidden' })).body).toMatchObject({
      is_hidden: true,
    });
    expect((await graphCall('POST', `/${question.id}/likes`)).body).toEqual({ success: true });
    expect((await graphCall('GET', `/${question.id}`, { fields: 'like_count' })).body).toMatchObject({
      like_count: 1,
    });

    expect((await graphCall('DELETE', `/${spam.id}`)).body).toEqual({ success: true });
    const gone = await graphCall('GET', `/${spam.id}`);
    expect(gone.status).toBe(400);
    expect(gone.body).toMatchObject({ error: { code: 100, type: 'GraphMethodException' } });
    expect((await graphCall('POST', `/${spam.id}/comments`, { message: 'too late' })).body).toMatchObject({
      error: { code: 100 },
    });
  });

  it('lists the page conversations and their messages', async () => {
    await sandbox.client.injectListening([
      {
        network: 'facebook_page',
        kind: 'message',
        account: 'acme-bakery',
        text: 'Do you deliver?',
        author: { handle: 'emma', displayName: 'Emma' },
      },
      {
        network: 'facebook_page',
        kind: 'message',
        account: 'acme-bakery',
        text: 'Hello',
        author: { handle: 'noah', displayName: 'Noah' },
      },
      {
        network: 'facebook_page',
        kind: 'message',
        account: 'acme-bakery',
        text: 'To Lyon?',
        author: { handle: 'emma', displayName: 'Emma' },
      },
    ]);
    const conversations = await graphCall('GET', `/${page.externalId}/conversations`, {
      fields: 'id,updated_time,message_count,participants',
    });
    const data = conversations.body.data as Array<{
      id: string;
      message_count: number;
      participants: { data: Array<{ name: string }> };
    }>;
    expect(data.map((c) => [c.participants.data[0].name, c.message_count])).toEqual([
      ['Emma', 2],
      ['Noah', 1],
    ]);
    const messages = await graphCall('GET', `/${data[0].id}/messages`, { fields: 'id,message,from' });
    expect((messages.body.data as Array<{ message: string }>).map((m) => m.message)).toEqual([
      'To Lyon?',
      'Do you deliver?',
    ]);
  });

  it('verifies the callback, then delivers signed, batched comment changes and messages, retrying failures', async () => {
    const refused = await fetch(`${sandbox.controlUrl}/control/facebook/webhooks`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ callbackUrl, verifyToken: 'wrong', appSecret: APP_SECRET }),
    });
    expect(refused.status).toBe(400);
    await sandbox.client.setFacebookWebhook({
      callbackUrl,
      verifyToken: VERIFY_TOKEN,
      appSecret: APP_SECRET,
    });

    const postId = await publish('Weekend special');
    failNext = 1;
    await sandbox.client.injectListening([
      {
        network: 'facebook_page',
        kind: 'comment',
        postId,
        text: 'Yum',
        author: { handle: 'lea', displayName: 'Léa' },
      },
      {
        network: 'facebook_page',
        kind: 'comment',
        postId,
        text: 'Price?',
        author: { handle: 'hugo', displayName: 'Hugo' },
      },
      {
        network: 'facebook_page',
        kind: 'message',
        account: 'acme-bakery',
        text: 'Open today?',
        author: { handle: 'emma' },
      },
    ]);
    await waitFor(() => deliveries.length >= 1, { timeoutMs: 8000 });
    const body = deliveries[0].body;
    expect(body.object).toBe('page');
    const changes = body.entry.flatMap((entry) => entry.changes ?? []);
    expect(changes.map((change) => [change.field, change.value.verb, change.value.message])).toEqual([
      ['feed', 'add', 'Yum'],
      ['feed', 'add', 'Price?'],
    ]);
    expect(changes[0].value).toMatchObject({
      item: 'comment',
      post_id: postId,
      parent_id: postId,
      from: { name: 'Léa' },
    });
    expect(body.entry.flatMap((entry) => entry.messaging ?? [])).toMatchObject([
      {
        sender: { id: expect.any(String) },
        recipient: { id: page.externalId },
        message: { text: 'Open today?' },
      },
    ]);
    const stats = await sandbox.client.facebookWebhookStats();
    expect(stats).toMatchObject({ subscribed: true, delivered: 1, failedAttempts: 1 });

    const yum = changes[0].value.comment_id as string;
    await graphCall('DELETE', `/${yum}`);
    await waitFor(() => deliveries.length >= 2, { timeoutMs: 5000 });
    expect(deliveries[1].body.entry[0].changes?.[0].value).toMatchObject({ verb: 'remove', comment_id: yum });

    expect(await sandbox.client.forgeFacebookDelivery()).toBe(403);
  });
});
