import { waitFor } from '@relais/server-testing';
import { burstReport, burstSettled, dueAt, seedBurst, spawnPublishing } from './support/burst';
import { crashConfig } from './support/crash-config';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

const config = crashConfig();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The publishing service as a real process, SIGKILLed at random points while it publishes a burst
 * and started again each time: afterwards every post is on the network exactly once and every
 * publication settled. (The in-process replica serves reads and events only: it sends nothing.)
 */
describe('publishing through crashes', () => {
  let h: PublishingHarness;

  beforeAll(async () => {
    h = await startPublishing({ env: { DISPATCH_ENABLED: 'false' }, latencyMs: config.latencyMs });
  }, 120_000);

  afterAll(() => h?.close());

  it(`posts ${config.posts} posts exactly once despite ${config.kills} SIGKILLs`, async () => {
    const world = await seedBurst(h, { posts: config.posts, accounts: config.accounts });
    const service = await spawnPublishing(h, 'crash', { LEASE_SECONDS: '5' });
    const kills: number[] = [];
    try {
      const start = Date.now() + 1500;
      await dueAt(h, world, new Date(start), config.spreadMs);
      // Killed only once the burst is going out.
      await waitFor(async () => (await h.sandbox.client.posts({ network: 'mastodon' })).total > 0, {
        timeoutMs: 30_000,
        intervalMs: 50,
      });
      for (let kill = 0; kill < config.kills; kill += 1) {
        await sleep(400 + Math.random() * (config.spreadMs / config.kills) * 0.6);
        service.kill('SIGKILL');
        kills.push(Date.now());
        await service.restart();
      }
      await burstSettled(h, world, 60_000);
    } finally {
      await service.stop();
    }
    const report = await burstReport(h, world, config.latencyMs);
    expect({ duplicates: report.duplicates, missing: report.missing, unsettled: report.unsettled }).toEqual({
      duplicates: 0,
      missing: 0,
      unsettled: 0,
    });
    expect(report.received).toBe(config.posts);
    // The kills fell while the burst was going out.
    const received = (await h.sandbox.client.posts({ network: 'mastodon' })).posts.map(
      (post) => post.receivedAtMs,
    );
    expect(received.some((at) => at < kills[0])).toBe(true);
    expect(received.some((at) => at > kills[kills.length - 1])).toBe(true);
  }, 180_000);
});
