import { Network, PublicationStatus, PublishFailureCode } from '@relais/contracts';
import {
  Agency,
  attemptsOf,
  connectAccount,
  ConnectedAccount,
  createAgency,
  longMastodonWindow,
  mastodonRequestsSpent,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

describe('publishing through network failures', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing({ env: { MAX_ATTEMPTS: '4' } });
    agency = await createAgency(h);
    await longMastodonWindow(h);
  }, 120_000);

  afterAll(() => h?.close());

  const connect = (network: Network) => connectAccount(h, agency.owner, agency.brand.id, network);
  const fault = (
    account: ConnectedAccount,
    input: {
      kind: 'fail' | 'rate_limit' | 'drop_after_commit';
      count?: number;
      status?: number;
      retryAfterSeconds?: number;
    },
  ) =>
    h.sandbox.client.addFault({
      network: account.network,
      accountId: account.sandbox.externalId,
      ...input,
    });

  it('retries a 503 with backoff and posts once', async () => {
    const account = await connect(Network.Mastodon);
    await fault(account, { kind: 'fail', status: 503, count: 2 });
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 1500),
      text: 'Après deux pannes',
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    expect(publication.attempts).toBe(3);
    const attempts = await attemptsOf(h, publication.id);
    expect(attempts.map((a) => a.state)).toEqual(['failed', 'failed', 'sent']);
    const gaps = [1, 2].map(
      (i) => new Date(attempts[i].sending_at).getTime() - new Date(attempts[i - 1].sending_at).getTime(),
    );
    // RETRY_BASE_MS=300 with ±50 % jitter, doubled for the second retry.
    expect(gaps[0]).toBeGreaterThanOrEqual(140);
    expect(gaps[1]).toBeGreaterThanOrEqual(290);
    expect(await sentTo(h, account)).toHaveLength(1);
  });

  it('after a server error on Facebook, finds the post already on the page instead of posting it twice', async () => {
    const page = await connect(Network.FacebookPage);
    const text = 'Stockée malgré l’erreur';
    // What a 500 after storing leaves behind: the post is on the page although the answer was an error.
    const stored = await fetch(`${h.sandbox.endpoints.facebook_page}/v23.0/${page.sandbox.externalId}/feed`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      // The text each target gets from the fixtures: the post's text and the network's name.
      body: new URLSearchParams({
        message: `${text} (facebook_page)`,
        access_token: page.sandbox.accessToken,
      }),
    });
    const { id } = (await stored.json()) as { id: string };
    await fault(page, { kind: 'fail', status: 500, count: 1 });
    const { postId } = await schedulePost(h, agency, [page], { dueAt: new Date(Date.now() + 1000), text });

    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    expect(publication.externalId).toBe(id);
    expect(await sentTo(h, page)).toHaveLength(1);
  });

  it('gives up after the attempts allowed and lets a person retry', async () => {
    const account = await connect(Network.Mastodon);
    await fault(account, { kind: 'fail', status: 502, count: 4 });
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 1000),
      text: 'Jamais passé',
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Failed);
    expect(publication.failure?.code).toBe(PublishFailureCode.NetworkUnavailable);
    expect(publication.canRetry).toBe(true);
    expect(await sentTo(h, account)).toHaveLength(0);
  });

  it('waits for the reset of a 429 on one account while another keeps publishing', async () => {
    const limited = await connect(Network.Mastodon);
    const free = await connect(Network.Mastodon);
    await fault(limited, { kind: 'rate_limit', count: 1, retryAfterSeconds: 3 });
    const dueAt = new Date(Date.now() + 1500);
    const a = await schedulePost(h, agency, [limited], { dueAt, text: 'Compte limité' });
    const b = await schedulePost(h, agency, [free], { dueAt, text: 'Compte libre' });
    const [freePublication] = await settled(h, agency, b.postId, 1);
    expect(freePublication.status).toBe(PublicationStatus.Published);
    const [freePost] = await sentTo(h, free);
    expect(freePost.receivedAtMs - dueAt.getTime()).toBeLessThan(1000);

    const [limitedPublication] = await settled(h, agency, a.postId, 1);
    expect(limitedPublication.status).toBe(PublicationStatus.Published);
    const [limitedPost] = await sentTo(h, limited);
    const attempts = await attemptsOf(h, limitedPublication.id);
    expect(attempts.map((x) => x.state)).toEqual(['failed', 'sent']);
    expect(limitedPost.receivedAtMs - new Date(attempts[0].sending_at).getTime()).toBeGreaterThanOrEqual(
      2500,
    );
    const [limit] = await h.sql<{ blocked_until: Date }>(
      `SELECT blocked_until FROM publishing.account_limits WHERE account_id = $1`,
      [limited.account.id],
    );
    expect(limit.blocked_until).toBeTruthy();
  }, 30_000);

  it('holds work created during a block another replica recorded until the reset, without asking the network', async () => {
    const account = await connect(Network.Mastodon);
    const blockedUntil = new Date(Date.now() + 4000);
    // What a replica writes when the network answers 429; this replica's memory has never seen it.
    await h.sql(
      `INSERT INTO publishing.account_limits (account_id, agency_id, brand_id, network, blocked_until)
       VALUES ($1, $2, $3, 'mastodon', $4)`,
      [account.account.id, agency.owner.claims.agencyId, agency.brand.id, blockedUntil],
    );
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 1000),
      text: 'Créé pendant le blocage',
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(post.receivedAtMs).toBeGreaterThanOrEqual(blockedUntil.getTime());
    const attempts = await attemptsOf(h, publication.id);
    expect(attempts.map((x) => x.state)).toEqual(['sent']);
  }, 30_000);

  it.each([Network.Mastodon, Network.Bluesky, Network.X, Network.FacebookPage, Network.LinkedIn])(
    'posts exactly once on %s when the answer is lost after the network committed',
    async (network) => {
      const account = await connect(network);
      await fault(account, { kind: 'drop_after_commit', count: 1 });
      const { postId } = await schedulePost(h, agency, [account], {
        dueAt: new Date(Date.now() + 1000),
        text: `Réponse perdue ${network}`,
      });
      const [publication] = await settled(h, agency, postId, 1);
      expect(publication.status).toBe(PublicationStatus.Published);
      expect(publication.externalId).toBeTruthy();
      const posts = await sentTo(h, account);
      expect(posts).toHaveLength(1);
      // The lost answer did happen: the fault was used up.
      const left = await h.sandbox.client.faults();
      expect(left.filter((f) => f.accountId === account.sandbox.externalId && f.remaining > 0)).toHaveLength(
        0,
      );
    },
    30_000,
  );

  it('reads back a Mastodon post whose answer was lost instead of sending it again: one request', async () => {
    const account = await connect(Network.Mastodon);
    await fault(account, { kind: 'drop_after_commit', count: 1 });
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 1000),
      text: 'Réponse perdue, relue',
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const posts = await sentTo(h, account);
    expect(posts).toHaveLength(1);
    expect(publication.externalId).toBe(posts[0].id);
    expect(await mastodonRequestsSpent(account)).toBe(1);
  });
});
