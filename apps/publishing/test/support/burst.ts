import { Network } from '@relais/contracts';
import { compiledEntry, compileServices } from '@relais/dev-platform';
import { freePort, repositoryRoot, spawnService, SpawnedService, waitFor } from '@relais/server-testing';
import { Agency, connectAccount, ConnectedAccount, createAgency, schedulePost } from './fixtures';
import { PublishingHarness } from './publishing-harness';

/**
 * A burst of posts on many Mastodon accounts (one target each), as the crash test and the
 * `publishing-burst` bench make it, and what the sandbox received of it.
 */
export interface BurstWorld {
  agency: Agency;
  accounts: ConnectedAccount[];
  /** Each post's text (unique) and id. */
  posts: { postId: string; text: string }[];
  runId: string;
}

async function inChunks<T, R>(
  items: T[],
  size: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(
      ...(await Promise.all(items.slice(start, start + size).map((item, i) => fn(item, start + i)))),
    );
  }
  return results;
}

/** Schedules `posts` posts over `accounts` accounts through content's events, far in the future. */
export async function seedBurst(
  h: PublishingHarness,
  options: { posts: number; accounts: number; log?: (message: string) => void },
): Promise<BurstWorld> {
  const log = options.log ?? (() => undefined);
  const runId = Math.random().toString(36).slice(2, 8);
  const agency = await createAgency(h);
  log(`connecting ${options.accounts} accounts`);
  const accounts = await inChunks(Array.from({ length: options.accounts }), 25, () =>
    connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon),
  );
  const later = new Date(Date.now() + 24 * 3600_000);
  log(`scheduling ${options.posts} posts`);
  const posts = await inChunks(Array.from({ length: options.posts }), 250, async (_, i) => {
    const text = `Rafale ${runId} n°${i}`;
    const { postId } = await schedulePost(h, agency, [accounts[i % accounts.length]], { dueAt: later, text });
    return { postId, text: `${text} (mastodon)` };
  });
  await waitFor(
    async () => {
      const [{ count }] = await h.sql<{ count: string }>(
        `SELECT count(*) FROM publishing.publications WHERE agency_id = $1`,
        [agency.owner.claims.agencyId],
      );
      return Number(count) === options.posts;
    },
    { timeoutMs: 600_000, intervalMs: 500, description: `${options.posts} publications recorded` },
  );
  return { agency, accounts, posts, runId };
}

/**
 * Moves every publication of the burst to `start` (spread evenly over `spreadMs`), as if they had
 * been scheduled for then, and wakes the dispatchers.
 */
export async function dueAt(
  h: PublishingHarness,
  world: BurstWorld,
  start: Date,
  spreadMs = 0,
): Promise<void> {
  await h.sql(
    `WITH ordered AS (
       SELECT id, (row_number() OVER (ORDER BY created_at, id) - 1)::float / greatest(count(*) OVER () - 1, 1) AS f
         FROM publishing.publications WHERE agency_id = $1)
     UPDATE publishing.publications p
        SET due_at = $2::timestamptz + make_interval(secs => o.f * $3 / 1000.0), next_attempt_at = $2::timestamptz + make_interval(secs => o.f * $3 / 1000.0)
       FROM ordered o WHERE p.id = o.id`,
    [world.agency.owner.claims.agencyId, start, spreadMs],
  );
  await h.sql(`SELECT pg_notify('publishing_due', '')`);
}

/** The publishing service as a real process sharing the harness's database, NATS prefix and sandbox. */
/** The publishing service compiled as its image runs it, once per test process. */
let compiled: Promise<unknown> | undefined;

/**
 * A publishing service process as production runs it: compiled JavaScript (`npm run build:services`),
 * so its memory is what a deployed replica uses.
 */
export async function spawnPublishing(
  h: PublishingHarness,
  worker: string,
  env: Record<string, string> = {},
): Promise<SpawnedService> {
  compiled ??= compileServices(repositoryRoot(), ['publishing']);
  await compiled;
  const port = await freePort();
  return spawnService({
    name: `publishing-${worker}`,
    entry: compiledEntry('publishing'),
    env: {
      ...h.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HTTP_PORT: String(port),
      WORKER_ID: worker,
      DISPATCH_ENABLED: 'true',
      ...env,
    },
    healthUrl: `http://127.0.0.1:${port}/health/ready`,
    timeoutMs: 60_000,
  });
}

export interface BurstReport {
  expected: number;
  received: number;
  duplicates: number;
  missing: number;
  /** Rows not published. */
  unsettled: number;
  /** Lateness as the sandbox saw it: due instant → request received. */
  latenessP50Ms: number;
  latenessP99Ms: number;
  latenessMaxMs: number;
  /** Lateness as the service saw it: due instant → request written to the connection (first attempt). */
  sentP50Ms: number;
  sentP99Ms: number;
  sentMaxMs: number;
  /** Posts received per second, from the first due instant to the last post received. */
  throughput: number;
  /**
   * How long after the network answered each outcome was in Postgres: the published attempt's
   * `finished_at` against the request's arrival at the sandbox plus its emulated latency.
   */
  recordedP50Ms: number;
  recordedP99Ms: number;
  recordedMaxMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * What the sandbox received of the burst, against each publication's due instant; `latencyMs`: the
 * sandbox's emulated latency (its answers leave that long after the request arrived).
 */
export async function burstReport(
  h: PublishingHarness,
  world: BurstWorld,
  latencyMs: number,
): Promise<BurstReport> {
  const rows = await h.sql<{
    text: string;
    due_at: Date;
    status: string;
    sent_at: Date | null;
    recorded_at: Date | null;
  }>(
    `SELECT p.text, p.due_at, p.status,
            (SELECT min(a.sending_at) FROM publishing.publish_attempts a WHERE a.publication_id = p.id) AS sent_at,
            (SELECT max(a.finished_at) FROM publishing.publish_attempts a
              WHERE a.publication_id = p.id AND a.state = 'sent') AS recorded_at
       FROM publishing.publications p WHERE p.agency_id = $1`,
    [world.agency.owner.claims.agencyId],
  );
  const sent = rows
    .filter((row) => row.sent_at !== null)
    .map((row) => new Date(row.sent_at as Date).getTime() - new Date(row.due_at).getTime())
    .sort((a, b) => a - b);
  const due = new Map(rows.map((row) => [row.text, new Date(row.due_at).getTime()]));
  const received = (await h.sandbox.client.posts({ network: 'mastodon' })).posts.filter((post) =>
    due.has(post.text),
  );
  const seen = new Map<string, number>();
  const lateness: number[] = [];
  for (const post of received) {
    seen.set(post.text, (seen.get(post.text) ?? 0) + 1);
    if (seen.get(post.text) === 1) lateness.push(post.receivedAtMs - (due.get(post.text) ?? 0));
  }
  lateness.sort((a, b) => a - b);
  const answeredAt = new Map<string, number>();
  for (const post of received) {
    if (!answeredAt.has(post.text)) answeredAt.set(post.text, post.receivedAtMs + latencyMs);
  }
  const recorded = rows
    .filter((row) => row.recorded_at !== null && answeredAt.has(row.text))
    .map((row) => new Date(row.recorded_at as Date).getTime() - (answeredAt.get(row.text) ?? 0))
    .sort((a, b) => a - b);
  const firstDue = Math.min(...due.values());
  const lastReceived = Math.max(...received.map((post) => post.receivedAtMs));
  return {
    expected: world.posts.length,
    received: received.length,
    duplicates: [...seen.values()].reduce((sum, count) => sum + count - 1, 0),
    missing: world.posts.filter((post) => !seen.has(post.text)).length,
    unsettled: rows.filter((row) => row.status !== 'published').length,
    latenessP50Ms: percentile(lateness, 50),
    latenessP99Ms: percentile(lateness, 99),
    latenessMaxMs: lateness.at(-1) ?? NaN,
    sentP50Ms: percentile(sent, 50),
    sentP99Ms: percentile(sent, 99),
    sentMaxMs: sent.at(-1) ?? NaN,
    throughput: received.length / Math.max(0.001, (lastReceived - firstDue) / 1000),
    recordedP50Ms: percentile(recorded, 50),
    recordedP99Ms: percentile(recorded, 99),
    recordedMaxMs: recorded.at(-1) ?? NaN,
  };
}

/** Waits until every publication of the burst is published (or failed). */
export async function burstSettled(
  h: PublishingHarness,
  world: BurstWorld,
  timeoutMs: number,
): Promise<void> {
  await waitFor(
    async () => {
      const [{ open }] = await h.sql<{ open: string }>(
        `SELECT count(*) AS open FROM publishing.publications
          WHERE agency_id = $1 AND status NOT IN ('published', 'failed')`,
        [world.agency.owner.claims.agencyId],
      );
      return Number(open) === 0;
    },
    { timeoutMs, intervalMs: 250, description: 'every publication of the burst settled' },
  );
}
