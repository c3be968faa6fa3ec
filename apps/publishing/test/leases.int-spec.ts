import { Network, PublicationStatus } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import {
  Agency,
  attemptsOf,
  connectAccount,
  ConnectedAccount,
  createAgency,
  longMastodonWindow,
  mastodonRequestsSpent,
  publicationsOf,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

describe('leases between dispatcher replicas', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing();
    await h.addReplica();
    agency = await createAgency(h);
    await longMastodonWindow(h);
  }, 120_000);

  afterAll(() => h?.close());

  const connect = (network: Network) => connectAccount(h, agency.owner, agency.brand.id, network);

  it('two replicas never send a publication twice', async () => {
    const accounts: ConnectedAccount[] = [];
    for (let i = 0; i < 6; i += 1) accounts.push(await connect(Network.Mastodon));
    const dueAt = new Date(Date.now() + 2500);
    const posts = [];
    for (let i = 0; i < 20; i += 1) {
      posts.push(
        await schedulePost(h, agency, accounts.slice(i % 3, (i % 3) + 3), { dueAt, text: `Rafale ${i}` }),
      );
    }
    const workers = new Set<string>();
    for (const post of posts) {
      const list = await settled(h, agency, post.postId, 3);
      for (const publication of list) {
        expect(publication.status).toBe(PublicationStatus.Published);
        const attempts = await attemptsOf(h, publication.id);
        expect(attempts).toHaveLength(1);
        workers.add(attempts[0].worker);
      }
    }
    let total = 0;
    for (const account of accounts) {
      const sent = await sentTo(h, account);
      expect(new Set(sent.map((post) => post.text)).size).toBe(sent.length);
      total += sent.length;
    }
    expect(total).toBe(60);
    expect(workers.size).toBeGreaterThanOrEqual(1);
  }, 60_000);

  /** A publication left by a dispatcher that died: `status` under an expired lease. */
  async function abandoned(account: ConnectedAccount, text: string, status: 'claimed' | 'sending') {
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 3600_000),
      text,
    });
    const [publication] = await waitFor(async () => {
      const list = await publicationsOf(h, agency, postId);
      return list.length > 0 ? list : null;
    });
    const [row] = await h.sql<{ idempotency_key: string; text: string }>(
      `UPDATE publishing.publications
          SET status = $2, lease_owner = 'dead-replica', lease_until = now() - interval '1 second',
              attempts = CASE WHEN $2 = 'sending' THEN 1 ELSE 0 END, sending_at = now(), next_attempt_at = now(),
              due_at = now() - interval '1 second'
        WHERE id = $1 RETURNING idempotency_key, text`,
      [publication.id, status],
    );
    if (status === 'sending') {
      await h.sql(
        `INSERT INTO publishing.publish_attempts (agency_id, brand_id, publication_id, number, worker, state, sending_at)
         SELECT agency_id, brand_id, id, 1, 'dead-replica', 'sending', now() FROM publishing.publications WHERE id = $1`,
        [publication.id],
      );
    }
    return { postId, publicationId: publication.id, ...row };
  }

  const wake = () => h.sql(`SELECT pg_notify('publishing_due', '')`);

  it('sends a publication whose claim expired before it was sent', async () => {
    const account = await connect(Network.Mastodon);
    const left = await abandoned(account, 'Réclamé puis abandonné', 'claimed');
    await wake();
    const [publication] = await settled(h, agency, left.postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    expect(await sentTo(h, account)).toHaveLength(1);
  });

  it('reads back on Mastodon a post whose answer was lost before its replica died: one post, one request', async () => {
    const account = await connect(Network.Mastodon);
    const left = await abandoned(account, 'Réponse perdue puis reprise', 'sending');
    await h.sandbox.client.addFault({
      network: 'mastodon',
      accountId: account.sandbox.externalId,
      kind: 'drop_after_commit',
    });
    // The dead replica's request: the network stored the post, the answer never came back.
    const request = fetch(`${account.sandbox.instanceUrl}/api/v1/statuses`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${account.sandbox.accessToken}`,
        'content-type': 'application/json',
        'idempotency-key': left.idempotency_key,
      },
      body: JSON.stringify({ status: left.text, visibility: 'public' }),
    });
    await expect(request).rejects.toThrow();
    await wake();
    const [publication] = await settled(h, agency, left.postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(publication.externalId).toBe(post.id);
    expect(await sentTo(h, account)).toHaveLength(1);
    expect(await mastodonRequestsSpent(account)).toBe(1);
  });

  it('sends on Mastodon, once and with its key, a post the dead replica never got out', async () => {
    const account = await connect(Network.Mastodon);
    const left = await abandoned(account, 'Jamais parti du disparu', 'sending');
    await wake();
    const [publication] = await settled(h, agency, left.postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const posts = await sentTo(h, account);
    expect(posts.map((post) => post.details.idempotencyKey)).toEqual([left.idempotency_key]);
    expect(await mastodonRequestsSpent(account)).toBe(1);
  });

  it('finds the post on X when the dead replica had sent it, and sends it when it had not', async () => {
    const account = await connect(Network.X);
    const sentBefore = await abandoned(account, 'Tweet du disparu', 'sending');
    const answer = await fetch(`${h.sandbox.endpoints.x}/2/tweets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.sandbox.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: sentBefore.text }),
    });
    expect(answer.status).toBe(201);
    const neverSent = await abandoned(account, 'Tweet jamais parti', 'sending');
    await wake();
    const [found] = await settled(h, agency, sentBefore.postId, 1);
    const [resent] = await settled(h, agency, neverSent.postId, 1);
    expect(found.status).toBe(PublicationStatus.Published);
    expect(resent.status).toBe(PublicationStatus.Published);
    const texts = (await sentTo(h, account)).map((post) => post.text).sort();
    expect(texts).toEqual([neverSent.text, sentBefore.text].sort());
  });
});
