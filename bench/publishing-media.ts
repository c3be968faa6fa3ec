import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Network } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import sharp from 'sharp';
import { spawnPublishing } from '../apps/publishing/test/support/burst';
import {
  connectAccount,
  ConnectedAccount,
  createAgency,
  schedulePost,
} from '../apps/publishing/test/support/fixtures';
import { libraryMedia } from '../apps/publishing/test/support/media-fixtures';
import { PublishingHarness, startPublishing } from '../apps/publishing/test/support/publishing-harness';
import prepareTemplateDatabase from '../tools/jest/global-setup';
import { Bench } from './lib/bench';
import { LoadRun, medianRun } from './lib/load-test';
import { formatTable } from './lib/report';

/**
 * `npm run bench -- media`: 1,000 posts with two distinct 1 MB JPEG images each (made with sharp and
 * put in the brand's library through content's real upload path before the clock starts), due at the
 * same instant over 200 accounts (Mastodon, Bluesky and X in turn), sent by the publishing service (a
 * real process) to the sandbox networks answering after 50 ms. Prints lateness (due instant → the
 * service's first attempt, and → the post received by the sandbox) p50 / p99 / max, MB/s uploaded
 * to the networks, duplicates and missing posts counted at the sandbox's `GET /control/posts`, posts
 * not carrying their two images with alt text, and the service's peak RSS (`VmHWM`).
 * Sizes: MEDIA_BENCH_POSTS, MEDIA_BENCH_ACCOUNTS, MEDIA_BENCH_IMAGE_BYTES, MEDIA_BENCH_RUNS.
 */
const POSTS = Number(process.env.MEDIA_BENCH_POSTS ?? 1000);
const ACCOUNTS = Number(process.env.MEDIA_BENCH_ACCOUNTS ?? 200);
const IMAGE_BYTES = Number(process.env.MEDIA_BENCH_IMAGE_BYTES ?? 1_000_000);
const RUNS = Number(process.env.MEDIA_BENCH_RUNS ?? 1);
const IMAGES_PER_POST = 2;
const LATENCY_MS = 50;
const LEAD_MS = 8000;
const RSS_TARGET_MB = 300;
const NETWORKS = [Network.Mastodon, Network.Bluesky, Network.X] as const;

const SERVICE_ENV = {
  DISPATCH_BATCH_SIZE: '500',
  DISPATCH_LOOKAHEAD_MS: '5000',
  DEFAULT_NETWORK_CONCURRENCY: process.env.MEDIA_BENCH_CONCURRENCY ?? '256',
  ACCOUNT_CONCURRENCY: '10',
  DATABASE_POOL_SIZE: '12',
  LEASE_SECONDS: '30',
  HTTP_TIMEOUT_MS: '30000',
  MEDIA_SOURCES_TIMEOUT_MS: '60000',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function inChunks<T, R>(items: T[], size: number, fn: (item: T, index: number) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(
      ...(await Promise.all(items.slice(start, start + size).map((item, i) => fn(item, start + i)))),
    );
  }
  return results;
}

/**
 * Tries again (three times in all) when a call fails, as a busy machine can make content answer
 * "unavailable"; a failed try leaves at most a pending upload nobody completes.
 */
async function withRetries<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(1000 * attempt);
    }
  }
}

/**
 * A distinct JPEG of about `bytes` bytes: random pixels (which JPEG cannot shrink much) on a canvas
 * sized for quality 90 (about 0.82 byte per pixel).
 */
async function distinctJpeg(bytes: number): Promise<Buffer> {
  const pixels = Math.max(64 * 64, Math.round(bytes / 0.82));
  const width = Math.round(Math.sqrt((pixels * 4) / 3));
  const height = Math.round((width * 3) / 4);
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

interface MediaWorld {
  agencyId: string;
  /** Each post's text as the network receives it, and the alt texts of its images in order. */
  posts: Map<string, string[]>;
  uploadedBytes: number;
}

async function seed(h: PublishingHarness, log: (message: string) => void): Promise<MediaWorld> {
  const runId = Math.random().toString(36).slice(2, 8);
  const agency = await createAgency(h);
  log(`connecting ${ACCOUNTS} accounts (${NETWORKS.join(', ')} in turn)`);
  const accounts: ConnectedAccount[] = await inChunks(Array.from({ length: ACCOUNTS }), 25, (_, i) =>
    connectAccount(h, agency.owner, agency.brand.id, NETWORKS[i % NETWORKS.length]),
  );
  log(`making and uploading ${POSTS * IMAGES_PER_POST} JPEG images of about ${IMAGE_BYTES} bytes`);
  const later = new Date(Date.now() + 24 * 3600_000);
  const posts = new Map<string, string[]>();
  let uploadedBytes = 0;
  const started = Date.now();
  await inChunks(Array.from({ length: POSTS }), 4, async (_, i) => {
    const alts = Array.from({ length: IMAGES_PER_POST }, (__, n) => `Photo ${n + 1} du billet ${i}`);
    const mediaIds: string[] = [];
    for (const alt of alts) {
      const file = await distinctJpeg(IMAGE_BYTES);
      uploadedBytes += file.length;
      mediaIds.push((await withRetries(() => libraryMedia(h, agency, file, 'image/jpeg', alt))).id);
    }
    const account = accounts[i % accounts.length];
    const text = `Médias ${runId} n°${i}`;
    await schedulePost(h, agency, [account], { dueAt: later, text, mediaIds });
    posts.set(`${text} (${account.network})`, alts);
    if ((i + 1) % 100 === 0)
      log(`${i + 1} posts scheduled (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  });
  await waitFor(
    async () => {
      const [{ count }] = await h.sql<{ count: string }>(
        `SELECT count(*) FROM publishing.publications WHERE agency_id = $1`,
        [agency.owner.claims.agencyId],
      );
      return Number(count) === POSTS;
    },
    { timeoutMs: 600_000, intervalMs: 500, description: `${POSTS} publications recorded` },
  );
  return { agencyId: agency.owner.claims.agencyId, posts, uploadedBytes };
}

/** A process's resident set now (`VmRSS`) or at its peak (`VmHWM`), in MB. */
async function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

interface MediaReport {
  sentP50Ms: number;
  sentP99Ms: number;
  sentMaxMs: number;
  receivedP50Ms: number;
  receivedP99Ms: number;
  receivedMaxMs: number;
  postsPerSecond: number;
  megabytes: number;
  megabytesPerSecond: number;
  duplicates: number;
  missing: number;
  /** Posts received without exactly their two images, each with its alt text. */
  incomplete: number;
  distinctFiles: number;
  files: number;
  unsettled: number;
  peakRssMb: number;
}

async function report(h: PublishingHarness, world: MediaWorld, rssMb: number): Promise<MediaReport> {
  const rows = await h.sql<{ status: string; due_at: Date; sent_at: Date | null }>(
    `SELECT p.status, p.due_at,
            (SELECT min(a.sending_at) FROM publishing.publish_attempts a WHERE a.publication_id = p.id) AS sent_at
       FROM publishing.publications p WHERE p.agency_id = $1`,
    [world.agencyId],
  );
  const due = new Date(rows[0]?.due_at ?? 0).getTime();
  const sent = rows
    .filter((row) => row.sent_at !== null)
    .map((row) => new Date(row.sent_at as Date).getTime() - new Date(row.due_at).getTime())
    .sort((a, b) => a - b);
  const received = (await h.sandbox.client.posts()).posts.filter((post) => world.posts.has(post.text));
  const seen = new Map<string, number>();
  const lateness: number[] = [];
  let bytes = 0;
  let incomplete = 0;
  const hashes = new Set<string>();
  let files = 0;
  for (const post of received) {
    seen.set(post.text, (seen.get(post.text) ?? 0) + 1);
    if (seen.get(post.text) !== 1) continue;
    lateness.push(post.receivedAtMs - due);
    const alts = world.posts.get(post.text) ?? [];
    const carried = post.media.map((file) => file.alt);
    if (post.media.length !== alts.length || carried.some((alt, i) => alt !== alts[i])) incomplete += 1;
    for (const file of post.media) {
      bytes += file.size;
      files += 1;
      if (file.sha256) hashes.add(file.sha256);
    }
  }
  lateness.sort((a, b) => a - b);
  const seconds = Math.max(0.001, (Math.max(...received.map((post) => post.receivedAtMs)) - due) / 1000);
  return {
    sentP50Ms: percentile(sent, 50),
    sentP99Ms: percentile(sent, 99),
    sentMaxMs: sent.at(-1) ?? NaN,
    receivedP50Ms: percentile(lateness, 50),
    receivedP99Ms: percentile(lateness, 99),
    receivedMaxMs: lateness.at(-1) ?? NaN,
    postsPerSecond: seen.size / seconds,
    megabytes: bytes / 1e6,
    megabytesPerSecond: bytes / 1e6 / seconds,
    duplicates: [...seen.values()].reduce((sum, count) => sum + count - 1, 0),
    missing: [...world.posts.keys()].filter((text) => !seen.has(text)).length,
    incomplete,
    distinctFiles: hashes.size,
    files,
    unsettled: rows.filter((row) => row.status !== 'published').length,
    peakRssMb: rssMb,
  };
}

function describe(reports: MediaReport[]): string {
  const rows = reports.map((r, i) => [
    String(i + 1),
    r.sentP50Ms.toFixed(0),
    r.sentP99Ms.toFixed(0),
    r.sentMaxMs.toFixed(0),
    r.receivedP50Ms.toFixed(0),
    r.receivedP99Ms.toFixed(0),
    r.receivedMaxMs.toFixed(0),
    r.postsPerSecond.toFixed(1),
    r.megabytes.toFixed(0),
    r.megabytesPerSecond.toFixed(1),
    String(r.duplicates),
    String(r.missing),
    String(r.incomplete),
    `${r.distinctFiles}/${r.files}`,
    String(r.unsettled),
    r.peakRssMb.toFixed(0),
  ]);
  return formatTable(
    [
      'run',
      'sent p50',
      'sent p99',
      'sent max',
      'recv p50',
      'recv p99',
      'recv max',
      'posts/s',
      'MB',
      'MB/s',
      'dup',
      'missing',
      'no 2 imgs+alt',
      'distinct files',
      'unsettled',
      'peak RSS MB',
    ],
    rows,
  );
}

/** The bench table speaks of requests: here a request is a post, its latency the post's lateness. */
function asRun(r: MediaReport): LoadRun {
  return {
    requestsPerSecond: r.postsPerSecond,
    latencyP50: r.sentP50Ms,
    latencyP975: r.sentP99Ms,
    latencyP99: r.sentMaxMs,
    requests: r.files / IMAGES_PER_POST,
    errors: r.missing + r.unsettled,
    non2xx: r.duplicates,
    mismatches: r.incomplete + (r.peakRssMb < RSS_TARGET_MB ? 0 : 1),
  };
}

export const publishingMediaBench: Bench = {
  name: 'media burst',
  async run(log) {
    prepareTemplateDatabase();
    log(`starting the sandbox networks (${LATENCY_MS} ms), the clients and content services`);
    const h = await startPublishing({
      content: true,
      env: { DISPATCH_ENABLED: 'false', LOG_LEVEL: 'warn' },
      latencyMs: LATENCY_MS,
    });
    try {
      const reports: MediaReport[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const world = await seed(h, (m) => log(`run ${run}: ${m}`));
        const service = await spawnPublishing(h, `media-${run}`, SERVICE_ENV);
        const readyRssMb = await rssMb(service.pid, 'VmRSS');
        let peakMb = NaN;
        try {
          const start = Date.now() + LEAD_MS;
          log(`run ${run}: ${POSTS} posts due at ${new Date(start).toISOString()}`);
          await h.sql(
            `UPDATE publishing.publications SET due_at = $2, next_attempt_at = $2 WHERE agency_id = $1`,
            [world.agencyId, new Date(start)],
          );
          await h.sql(`SELECT pg_notify('publishing_due', '')`);
          await sleep(Math.max(0, start - Date.now()));
          await waitFor(
            async () => {
              const [{ open }] = await h.sql<{ open: string }>(
                `SELECT count(*) AS open FROM publishing.publications
                  WHERE agency_id = $1 AND status NOT IN ('published', 'failed')`,
                [world.agencyId],
              );
              return Number(open) === 0;
            },
            { timeoutMs: 900_000, intervalMs: 250, description: 'every publication settled' },
          );
          peakMb = await rssMb(service.pid, 'VmHWM');
        } finally {
          if (process.env.MEDIA_BENCH_TRACE) log(service.logs());
          await service.stop();
        }
        const r = await report(h, world, peakMb);
        log(
          `run ${run}: sent p50 ${r.sentP50Ms} ms, p99 ${r.sentP99Ms} ms, max ${r.sentMaxMs} ms; received p50 ${r.receivedP50Ms} ms, p99 ${r.receivedP99Ms} ms, max ${r.receivedMaxMs} ms; ${r.megabytes.toFixed(0)} MB at ${r.megabytesPerSecond.toFixed(1)} MB/s; ${r.duplicates} duplicates, ${r.missing} missing, ${r.incomplete} without their ${IMAGES_PER_POST} images and alt texts, ${r.distinctFiles}/${r.files} distinct files; peak RSS ${r.peakRssMb.toFixed(0)} MB, ${readyRssMb.toFixed(0)} MB once ready (target < ${RSS_TARGET_MB}); ${(world.uploadedBytes / 1e6).toFixed(0)} MB put in the library`,
        );
        reports.push(r);
        await h.sandbox.client.reset();
      }
      console.log(`\n${describe(reports)}\n`);
      const runs = reports.map(asRun);
      return {
        name: this.name,
        setup: `${POSTS} posts with ${IMAGES_PER_POST} distinct ${(IMAGE_BYTES / 1e6).toFixed(1)} MB JPEG images each, due at one instant over ${ACCOUNTS} Mastodon, Bluesky and X accounts, ${LATENCY_MS} ms emulated latency; columns: req/s = posts/s, p50 = lateness p50, p97.5 = lateness p99, p99 = lateness max (due instant → the service's first attempt), failed = missing + unsettled + duplicates + posts without their images and alt texts + 1 when peak RSS ≥ ${RSS_TARGET_MB} MB`,
        runs,
        median: medianRun(runs),
      };
    } finally {
      await h.close();
    }
  },
};
