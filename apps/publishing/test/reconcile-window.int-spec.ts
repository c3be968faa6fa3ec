import { Network } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import { burstSettled, dueAt, spawnPublishing } from './support/burst';
import { PublishingHarness, startPublishing } from './support/publishing-harness';
import { receivedOnce, seedOneAccountBurst } from './support/window-burst';

const POSTS = 40;
const NETWORKS = [Network.X, Network.LinkedIn, Network.FacebookPage];
const SPREAD_MS = 5000;

/**
 * Networks without an idempotency key, each with 40 posts on ONE account going out within seconds,
 * the duplicate rule on, and one of two publishing replicas SIGKILLed twice mid-burst: the posts whose
 * send was interrupted are found by reading back their own time window (many newer posts on top of them),
 * so none is sent twice and none ends refused as a duplicate.
 */
describe('reconciling by the post’s time window', () => {
  let h: PublishingHarness;

  beforeAll(async () => {
    h = await startPublishing({ env: { DISPATCH_ENABLED: 'false' }, latencyMs: 150 });
  }, 120_000);

  afterAll(() => h?.close());

  it(`${POSTS} posts on one X, LinkedIn and Facebook account each: exactly once despite 2 SIGKILLs`, async () => {
    const world = await seedOneAccountBurst(h, NETWORKS, POSTS);
    // Two replicas: while the killed one is down, the other sends the rest of the burst, then takes
    // over the interrupted sends once their lease expires, with many newer posts on top of them.
    const [killed, survivor] = await Promise.all([
      spawnPublishing(h, 'window-a', { LEASE_SECONDS: '5' }),
      spawnPublishing(h, 'window-b', { LEASE_SECONDS: '5' }),
    ]);
    try {
      await dueAt(h, world, new Date(Date.now() + 1000), SPREAD_MS);
      for (const [kill, total] of [
        [0, 5],
        [1, POSTS / 2],
      ]) {
        await waitFor(async () => (await h.sandbox.client.posts({ network: 'x' })).total >= total, {
          timeoutMs: 30_000,
          intervalMs: 25,
          description: `the burst going out before SIGKILL n°${kill + 1}`,
        });
        killed.kill('SIGKILL');
        await killed.restart();
      }
      await burstSettled(h, world, 60_000);
    } finally {
      await Promise.all([killed.stop(), survivor.stop()]);
    }
    const expected = { received: POSTS, duplicates: 0, missing: 0 };
    expect(await receivedOnce(h, world)).toEqual({
      [Network.X]: expected,
      [Network.LinkedIn]: expected,
      [Network.FacebookPage]: expected,
    });
    const statuses = await h.sql<{ status: string; count: string }>(
      `SELECT status, count(*) FROM publishing.publications WHERE agency_id = $1 GROUP BY status`,
      [world.agency.owner.claims.agencyId],
    );
    expect(statuses).toEqual([{ status: 'published', count: String(POSTS * NETWORKS.length) }]);
  }, 180_000);
});
