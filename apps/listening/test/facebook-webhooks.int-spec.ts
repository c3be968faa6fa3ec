import { createHmac, randomUUID } from 'node:crypto';
import { ClientsEvents, Network, systemEnvelope } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import request from 'supertest';
import { WebhookDeliveriesService } from '../src/webhooks/webhook-deliveries.service';
import { ListeningHarness, startListening } from './support/listening-harness';

const SECRET = 'facebook-app-secret-for-tests';
const VERIFY = 'verify-token-for-tests';
const agencyId = randomUUID();
const brandId = randomUUID();
const accountId = randomUUID();
const PAGE = '104729371';

function delivery(comments: { id: string; parent?: string; text: string; at: number }[]) {
  return {
    object: 'page',
    entry: [
      {
        id: PAGE,
        time: Math.floor(Date.now() / 1000),
        changes: comments.map((c) => ({
          field: 'feed',
          value: {
            item: 'comment',
            verb: 'add',
            comment_id: c.id,
            post_id: `${PAGE}_900`,
            parent_id: c.parent ?? `${PAGE}_900`,
            message: c.text,
            created_time: c.at,
            from: { id: '7001', name: 'Camille Martin' },
          },
        })),
      },
    ],
  };
}

const signed = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('Facebook page webhooks', () => {
  let h: ListeningHarness;
  const http = () => request(h.app.getHttpServer());
  const post = (body: string, signature: string | null) => {
    const call = http().post('/webhooks/facebook').set('Content-Type', 'application/json');
    return (signature ? call.set('X-Hub-Signature-256', signature) : call).send(body);
  };
  const kept = async () =>
    Number((await h.sql<{ n: string }>(`SELECT count(*) AS n FROM listening.webhook_deliveries`))[0]?.n);

  beforeAll(async () => {
    h = await startListening({
      env: {
        FACEBOOK_APP_SECRET: SECRET,
        FACEBOOK_WEBHOOK_VERIFY_TOKEN: VERIFY,
        WEBHOOKS_PROCESSING_ENABLED: 'false',
      },
    });
    await h.publishEvent(ClientsEvents.accountConnected, systemEnvelope(randomUUID(), agencyId), {
      accountId,
      brandId,
      network: Network.FacebookPage,
      externalId: PAGE,
      status: 'connected',
    });
    await waitFor(
      async () =>
        (await h.sql(`SELECT 1 FROM listening.sources WHERE external_id = $1`, [PAGE])).length === 1,
      {
        description: 'the page listened to',
      },
    );
  }, 60_000);

  afterAll(() => h?.close());

  it('hears the page through its webhooks only: nothing is polled for it', async () => {
    const cursors = await h.sql(`SELECT surface FROM listening.source_cursors WHERE account_id = $1`, [
      accountId,
    ]);
    expect(cursors).toEqual([]);
  });

  it("answers Meta's subscription check with the challenge, and only with the right verify token", async () => {
    const ok = await http()
      .get('/webhooks/facebook')
      .query({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY, 'hub.challenge': '1158201444' });
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('1158201444');
    const wrong = await http()
      .get('/webhooks/facebook')
      .query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' });
    expect(wrong.status).toBe(403);
  });

  it('refuses a delivery whose signature is wrong or missing, and keeps nothing of it', async () => {
    const body = JSON.stringify(delivery([{ id: '900_1', text: 'Faux', at: 1765000000 }]));
    expect((await post(body, signed(body, 'another-secret'))).status).toBe(403);
    expect((await post(body, null)).status).toBe(403);
    // Signed, then altered on the way.
    expect((await post(body.replace('Faux', 'Vrai'), signed(body))).status).toBe(403);
    expect(await kept()).toBe(0);
  });

  it('stores a comment delivered three times once, and its reply in the same conversation', async () => {
    const at = Math.floor(Date.now() / 1000) - 60;
    const body = JSON.stringify(
      delivery([
        { id: '900_10', text: 'Ma commande est arrivée cassée, qui peut m’aider ?', at },
        { id: '900_11', parent: '900_10', text: 'Pareil pour moi, très déçu', at: at + 30 },
      ]),
    );
    for (let i = 0; i < 3; i += 1) {
      const answer = await post(body, signed(body));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ received: true });
    }
    expect(await kept()).toBe(3);
    await h.app.get(WebhookDeliveriesService).processPending();
    const items = await h.sql<{
      external_id: string;
      kind: string;
      conversation_key: string;
      sentiment: string;
    }>(
      `SELECT external_id, kind, conversation_key, sentiment FROM listening.items WHERE brand_id = $1 ORDER BY published_at`,
      [brandId],
    );
    expect(items.map((item) => [item.external_id, item.kind])).toEqual([
      ['900_10', 'comment'],
      ['900_11', 'reply'],
    ]);
    expect(new Set(items.map((item) => item.conversation_key))).toEqual(new Set([`facebook:${PAGE}_900`]));
    expect(items[1]?.sentiment).toBe('negative');
    const statuses = await h.sql<{ status: string }>(
      `SELECT DISTINCT status FROM listening.webhook_deliveries`,
    );
    expect(statuses).toEqual([{ status: 'done' }]);
  });

  it('answers a body that is not a delivery with a clear error', async () => {
    const body = JSON.stringify({ hello: 'world' });
    const answer = await post(body, signed(body));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/not a webhook delivery/);
  });
});
