import { Network } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import { Agency, connectAccount, ConnectedAccount, createAgency, schedulePost } from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

const OUTAGE_MS = 2000;
/** Recorded within this long of the database coming back (the lease, 30 s, is far longer). */
const RECOVERY_MS = 4000;
const POSTS = 12;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Postgres goes away for two seconds in the middle of a batch (the publishing replica reaches it
 * through a TCP proxy the test cuts, as a restart would): the batch's bookkeeping is done again as soon
 * as it is back, not when the claims' 30 s lease runs out, and every post goes out once.
 */
describe('publishing through a database outage', () => {
  let h: PublishingHarness;
  let agency: Agency;
  let accounts: ConnectedAccount[];

  beforeAll(async () => {
    h = await startPublishing({ databaseProxy: true, env: { LEASE_SECONDS: '30' } });
    agency = await createAgency(h);
    accounts = [];
    for (let i = 0; i < 4; i += 1) {
      accounts.push(await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon));
    }
  }, 120_000);

  afterAll(() => h?.close());

  it.each([
    { moment: 'as the batch moves to sending', cutAtMs: -300, latencyMs: 100 },
    {
      moment: 'while its requests are out, their answers coming back meanwhile',
      cutAtMs: 200,
      latencyMs: 800,
    },
  ])(
    'records every post within seconds of the database coming back when it goes away $moment',
    async ({ moment, cutAtMs, latencyMs }) => {
      await h.sandbox.client.setLatency(latencyMs, 'mastodon');
      const proxy = h.databaseProxy;
      if (!proxy) throw new Error('The harness has no database proxy');
      const dueAt = new Date(Date.now() + 3000);
      const posts = [];
      for (let i = 0; i < POSTS; i += 1) {
        const text = `Coupure ${moment.slice(0, 12)} n°${i}`;
        posts.push(await schedulePost(h, agency, [accounts[i % accounts.length]], { dueAt, text }));
      }
      const postIds = posts.map((post) => post.postId);
      await waitFor(
        async () => {
          const rows = await h.sql(
            `SELECT 1 FROM publishing.publications WHERE post_id = ANY($1::uuid[]) AND status = 'claimed'`,
            [postIds],
          );
          return rows.length === POSTS;
        },
        { timeoutMs: 15_000, intervalMs: 20, description: 'the batch claimed ahead of its instant' },
      );
      await sleep(Math.max(0, dueAt.getTime() + cutAtMs - Date.now()));
      proxy.cut();
      await sleep(OUTAGE_MS);
      proxy.restore();
      const back = Date.now();

      const recorded = await waitFor(
        async () => {
          const rows = await h.sql<{ status: string; updated_at: Date }>(
            `SELECT status, updated_at FROM publishing.publications WHERE post_id = ANY($1::uuid[])`,
            [postIds],
          );
          return rows.every((row) => row.status === 'published') ? rows : null;
        },
        { timeoutMs: 45_000, intervalMs: 50, description: 'every publication published' },
      );
      const last = Math.max(...recorded.map((row) => new Date(row.updated_at).getTime()));
      expect(last - back).toBeLessThanOrEqual(RECOVERY_MS);

      const texts = new Set(posts.map((_, i) => `Coupure ${moment.slice(0, 12)} n°${i} (mastodon)`));
      const received = (await h.sandbox.client.posts({ network: 'mastodon' })).posts.filter((post) =>
        texts.has(post.text),
      );
      expect(received).toHaveLength(POSTS);
      expect(new Set(received.map((post) => post.text)).size).toBe(POSTS);
    },
    90_000,
  );
});
