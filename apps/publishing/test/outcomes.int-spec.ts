import { Network, PublicationStatus } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import { Client } from 'pg';
import { burstReport, burstSettled, dueAt, seedBurst } from './support/burst';
import { Agency, connectAccount, createAgency, schedulePost, sentTo } from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

const FLUSH_MS = 50;
const BATCH = 10;
/** Sends in flight or waiting for their outcome's write: four batches. */
const WINDOW = 4 * BATCH;
/** A write's own time on a busy test machine, on top of the flush bound. */
const WRITE_SLACK_MS = 1000;
const LATENCY_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Outcomes reach Postgres moments after the network answered, while other sends are still out; and
 * what is sent but not yet recorded (what a crash would leave to read back) never grows past a
 * bounded window, even when Postgres cannot take the outcomes.
 */
describe('recording outcomes', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing({
      env: { OUTCOME_FLUSH_MS: String(FLUSH_MS), OUTCOME_BATCH_SIZE: String(BATCH), LEASE_SECONDS: '30' },
      latencyMs: LATENCY_MS,
    });
    agency = await createAgency(h);
  }, 120_000);

  afterAll(() => h?.close());

  it(`writes an outcome within ${FLUSH_MS} ms (and the write) of its answer while another send is still out`, async () => {
    const quick = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    const slow = await connectAccount(h, agency.owner, agency.brand.id, Network.X);
    // Answered after 2.5 s (within the 3 s timeout the harness sets).
    await h.sandbox.client.setLatency(2500, 'x');
    const dueAt = new Date(Date.now() + 1500);
    const { postId } = await schedulePost(h, agency, [quick, slow], { dueAt, text: 'Deux réseaux' });
    const statuses = () =>
      h.sql<{ network: string; status: PublicationStatus; recorded: Date | null }>(
        `SELECT p.network, p.status, a.finished_at AS recorded FROM publishing.publications p
           LEFT JOIN publishing.publish_attempts a ON a.publication_id = p.id AND a.state = 'sent'
          WHERE p.post_id = $1`,
        [postId],
      );
    const rows = await waitFor(
      async () => {
        const list = await statuses();
        return list.some((row) => row.network === 'mastodon' && row.status === PublicationStatus.Published)
          ? list
          : null;
      },
      { timeoutMs: 15_000, intervalMs: 20, description: 'the Mastodon outcome recorded' },
    );
    // X has not answered yet: its request is still out.
    expect(rows.find((row) => row.network === 'x')?.status).toBe(PublicationStatus.Sending);
    const [post] = await sentTo(h, quick);
    const recorded = new Date(rows.find((row) => row.network === 'mastodon')?.recorded as Date).getTime();
    expect(recorded - (post.receivedAtMs + LATENCY_MS)).toBeLessThanOrEqual(FLUSH_MS + WRITE_SLACK_MS);
    await h.sandbox.client.setLatency(LATENCY_MS, 'x');
  }, 60_000);

  it(`never has more than ${WINDOW} posts sent and unrecorded, even while Postgres cannot take outcomes`, async () => {
    const world = await seedBurst(h, { posts: 200, accounts: 20 });
    const texts = new Set(world.posts.map((post) => post.text));
    const burstSent = async () =>
      (await h.sandbox.client.posts({ network: 'mastodon' })).posts.filter((post) => texts.has(post.text))
        .length;
    // Every outcome's write settles its post under the post's schedule: held here, no outcome is written.
    const blocker = new Client({ connectionString: h.db.superuserUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM publishing.schedules WHERE agency_id = $1 FOR UPDATE`, [
        world.agency.owner.claims.agencyId,
      ]);
      await dueAt(h, world, new Date(Date.now() + 1000));
      await waitFor(async () => (await burstSent()) > 0, { timeoutMs: 15_000, intervalMs: 50 });
      await sleep(3000);
      const sent = await burstSent();
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThanOrEqual(WINDOW);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await burstSettled(h, world, 60_000);
    const report = await burstReport(h, world, LATENCY_MS);
    expect({ duplicates: report.duplicates, missing: report.missing, unsettled: report.unsettled }).toEqual({
      duplicates: 0,
      missing: 0,
      unsettled: 0,
    });
  }, 180_000);
});
