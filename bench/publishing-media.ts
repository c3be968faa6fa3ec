import { randomBytes } from 'node:crypto';
import { Network } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import sharp from 'sharp';
import {
  connectAccount,
  ConnectedAccount,
  createAgency,
  schedulePost,
} from '../apps/publishing/test/support/fixtures';
import { libraryMedia } from '../apps/publishing/test/support/media-fixtures';
import { PublishingHarness } from '../apps/publishing/test/support/publishing-harness';
import { Bench } from './lib/bench';
import {
  BURST_SERVICE_ENV,
  LATENCY_MS,
  percentile,
  rssMb,
  runBurst,
  sleep,
  withBurstPlatform,
} from './lib/burst-run';
import { inParallel } from './lib/graphql-client';
import { LoadRun, medianRun } from './lib/load-test';
import { formatTable } from './lib/report';

/**
 * `npm run bench -- media`: 1,000 posts with two distinct 1 MB JPEG images each (made with sharp and
 * put in the brand's library through content's real upload path before the clock starts; content makes
 * each network's renditions as the posts are scheduled), due at the same instant over 200 accounts
 * (Mastodon, Bluesky and X in turn), sent by the publishing service (a real process) to the sandbox
 * networks answering after 50 ms. Beside it, in the same run, the same burst without media (same
 * accounts' networks, same sizes) is the baseline: the machine's speed varies, their ratio much less.
 * Prints lateness (due instant → the service's first attempt, and → the post received by the sandbox)
 * p50 / p99 / max, MB/s uploaded to the networks, duplicates and missing posts counted at the
 * sandbox's `GET /control/posts`, posts not carrying their two images with alt text, the publishing
 * service's peak RSS (`VmHWM`) and the content service's peak RSS during the burst (sampled).
 * Fails when a post is duplicated, missing or incomplete, or the publishing service's peak RSS reaches
 * 300 MB. Sizes: MEDIA_BENCH_POSTS, MEDIA_BENCH_ACCOUNTS, MEDIA_BENCH_IMAGE_BYTES, MEDIA_BENCH_RUNS;
 * MEDIA_BENCH_CONCURRENCY (requests in flight per network), MEDIA_BENCH_TRANSFERS (files read at once);
 * MEDIA_BENCH_NODE_OPTIONS is given to the publishing service processes.
 */
const POSTS = Number(process.env.MEDIA_BENCH_POSTS ?? 1000);
const ACCOUNTS = Number(process.env.MEDIA_BENCH_ACCOUNTS ?? 200);
const IMAGE_BYTES = Number(process.env.MEDIA_BENCH_IMAGE_BYTES ?? 1_000_000);
const RUNS = Number(process.env.MEDIA_BENCH_RUNS ?? 1);
const IMAGES_PER_POST = 2;
const RSS_TARGET_MB = 300;
const NETWORKS = [Network.Mastodon, Network.Bluesky, Network.X] as const;
/** Content's durable consumer making a scheduled post's renditions (`content-media-renditions`). */
const RENDITIONS_CONSUMER = 'content-media-renditions';

const SERVICE_ENV = {
  ...BURST_SERVICE_ENV,
  DEFAULT_NETWORK_CONCURRENCY: process.env.MEDIA_BENCH_CONCURRENCY ?? '256',
  ...(process.env.MEDIA_BENCH_TRANSFERS
    ? { MEDIA_TRANSFER_CONCURRENCY: process.env.MEDIA_BENCH_TRANSFERS }
    : {}),
  LEASE_SECONDS: '30',
  HTTP_TIMEOUT_MS: '30000',
  MEDIA_SOURCES_TIMEOUT_MS: '60000',
  // e.g. `--require <a memory sampler>` (flags such as --heap-prof are refused in NODE_OPTIONS).
  ...(process.env.MEDIA_BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.MEDIA_BENCH_NODE_OPTIONS } : {}),
};

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

interface BurstWorld {
  agencyId: string;
  /** Each post's text as the network receives it, and the alt texts of its images in order. */
  posts: Map<string, string[]>;
  uploadedBytes: number;
}

async function renditionEventsHandled(h: PublishingHarness): Promise<number> {
  const [{ count }] = await h.sql<{ count: string }>(
    `SELECT count(*) FROM content.processed_events WHERE consumer = $1`,
    [RENDITIONS_CONSUMER],
  );
  return Number(count);
}

/**
 * `POSTS` posts over `ACCOUNTS` new accounts of a new agency, each with `imagesPerPost` new images,
 * scheduled a day ahead; resolves once publishing recorded them all and content made their renditions.
 */
async function seed(
  h: PublishingHarness,
  imagesPerPost: number,
  log: (message: string) => void,
): Promise<BurstWorld> {
  const runId = Math.random().toString(36).slice(2, 8);
  const agency = await createAgency(h);
  const accounts: ConnectedAccount[] = [];
  await inParallel(ACCOUNTS, 25, async (i) => {
    accounts[i] = await connectAccount(h, agency.owner, agency.brand.id, NETWORKS[i % NETWORKS.length]);
  });
  const handledBefore = await renditionEventsHandled(h);
  log(
    `${ACCOUNTS} accounts (${NETWORKS.join(', ')} in turn); ${POSTS} posts with ${imagesPerPost} images of about ${IMAGE_BYTES} bytes`,
  );
  const later = new Date(Date.now() + 24 * 3600_000);
  const posts = new Map<string, string[]>();
  let uploadedBytes = 0;
  const started = Date.now();
  await inParallel(POSTS, imagesPerPost > 0 ? 4 : 50, async (i) => {
    const alts = Array.from({ length: imagesPerPost }, (__, n) => `Photo ${n + 1} du billet ${i}`);
    const mediaIds: string[] = [];
    for (const alt of alts) {
      const file = await distinctJpeg(IMAGE_BYTES);
      uploadedBytes += file.length;
      mediaIds.push((await withRetries(() => libraryMedia(h, agency, file, 'image/jpeg', alt))).id);
    }
    const account = accounts[i % accounts.length];
    const text = `${imagesPerPost > 0 ? 'Médias' : 'Texte'} ${runId} n°${i}`;
    await schedulePost(h, agency, [account], { dueAt: later, text, mediaIds });
    posts.set(`${text} (${account.network})`, alts);
    if ((i + 1) % 200 === 0)
      log(`${i + 1} posts scheduled (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  });
  const scheduled = Date.now();
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
  if (imagesPerPost > 0) {
    await waitFor(async () => (await renditionEventsHandled(h)) - handledBefore >= POSTS, {
      timeoutMs: 1_800_000,
      intervalMs: 500,
      description: `the renditions of ${POSTS} scheduled posts made`,
    });
    log(
      `renditions made ${((Date.now() - scheduled) / 1000).toFixed(0)} s after the last post was scheduled`,
    );
  }
  return { agencyId: agency.owner.claims.agencyId, posts, uploadedBytes };
}

/** Samples a process's resident set until stopped; resolves with the highest seen, in MB. */
function sampleRss(pid: number): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await rssMb(pid, 'VmRSS').catch(() => 0));
      await sleep(100);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

interface BurstReport {
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
  /** Posts received without exactly their images, each with its alt text. */
  incomplete: number;
  distinctFiles: number;
  files: number;
  unsettled: number;
  peakRssMb: number;
  contentPeakRssMb: number;
}

async function report(
  h: PublishingHarness,
  world: BurstWorld,
  rss: { publishing: number; content: number },
  log: (message: string) => void,
): Promise<BurstReport> {
  const rows = await h.sql<{
    status: string;
    due_at: Date;
    sent_at: Date | null;
    network: string;
    failure_code: string | null;
    failure_message: string | null;
    attempts: number;
  }>(
    `SELECT p.status, p.due_at, p.network, p.failure_code, p.failure_message, p.attempts,
            (SELECT min(a.sending_at) FROM publishing.publish_attempts a WHERE a.publication_id = p.id) AS sent_at
       FROM publishing.publications p WHERE p.agency_id = $1`,
    [world.agencyId],
  );
  const due = new Date(rows[0]?.due_at ?? 0).getTime();
  // What went wrong with a publication that did not end published, so a failed run says why.
  for (const row of rows.filter((r) => r.status !== 'published').slice(0, 10))
    log(
      `not published (${row.network}): ${row.status} after ${row.attempts} attempt(s): ${row.failure_code ?? '-'} ${row.failure_message ?? ''}`,
    );
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
    peakRssMb: rss.publishing,
    contentPeakRssMb: rss.content,
  };
}

/** One burst of the agency's posts on a new service process, and what it did. */
async function burst(
  h: PublishingHarness,
  world: BurstWorld,
  worker: string,
  log: (message: string) => void,
): Promise<BurstReport> {
  const stopSampling = sampleRss(h.content?.pid ?? process.pid);
  let content = NaN;
  let publishing = NaN;
  try {
    const run = await runBurst(h, {
      agencyId: world.agencyId,
      workers: [worker],
      env: SERVICE_ENV,
      settleTimeoutMs: 900_000,
      log,
      trace: !!process.env.MEDIA_BENCH_TRACE,
    });
    publishing = run.peakRssMb[0] ?? NaN;
  } finally {
    content = await stopSampling();
  }
  const r = await report(h, world, { publishing, content }, log);
  log(
    `sent p50 ${r.sentP50Ms} ms, p99 ${r.sentP99Ms} ms, max ${r.sentMaxMs} ms; received p50 ${r.receivedP50Ms} ms, p99 ${r.receivedP99Ms} ms, max ${r.receivedMaxMs} ms; ${r.postsPerSecond.toFixed(1)} posts/s; ${r.megabytes.toFixed(0)} MB at ${r.megabytesPerSecond.toFixed(1)} MB/s; ${r.duplicates} duplicates, ${r.missing} missing, ${r.incomplete} without their images and alt texts, ${r.distinctFiles}/${r.files} distinct files; peak RSS ${r.peakRssMb.toFixed(0)} MB (content ${r.contentPeakRssMb.toFixed(0)} MB)`,
  );
  return r;
}

function describe(runs: { media: BurstReport; text: BurstReport }[]): string {
  const row = (label: string, r: BurstReport) => [
    label,
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
    r.contentPeakRssMb.toFixed(0),
  ];
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(1) : '-');
  const rows = runs.flatMap(({ media, text }, i) => [
    row(`${i + 1} media`, media),
    row(`${i + 1} text`, text),
    [
      `${i + 1} ratio`,
      '',
      '',
      '',
      ratio(media.receivedP50Ms, text.receivedP50Ms),
      ratio(media.receivedP99Ms, text.receivedP99Ms),
      ratio(media.receivedMaxMs, text.receivedMaxMs),
      ratio(media.postsPerSecond, text.postsPerSecond),
      ...Array.from({ length: 9 }, () => ''),
    ],
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
      'no imgs+alt',
      'distinct files',
      'unsettled',
      'peak RSS MB',
      'content RSS MB',
    ],
    rows,
  );
}

/** The bench table speaks of requests: here a request is a post, its latency the post's lateness. */
function asRun(r: BurstReport): LoadRun {
  return {
    requestsPerSecond: r.postsPerSecond,
    latencyP50: r.receivedP50Ms,
    latencyP975: r.receivedP99Ms,
    latencyP99: r.receivedMaxMs,
    requests: r.files / IMAGES_PER_POST,
    errors: r.missing + r.unsettled,
    non2xx: r.duplicates,
    mismatches: r.incomplete + (r.peakRssMb < RSS_TARGET_MB ? 0 : 1),
  };
}

export const publishingMediaBench: Bench = {
  name: 'media burst',
  run: (log) =>
    withBurstPlatform({ content: true }, async (h) => {
      const runs: { media: BurstReport; text: BurstReport }[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const say = (kind: string) => (m: string) => log(`run ${run} ${kind}: ${m}`);
        const text = await seed(h, 0, say('text'));
        const media = await seed(h, IMAGES_PER_POST, say('media'));
        const textReport = await burst(h, text, `text-${run}`, say('text'));
        await h.sandbox.client.reset();
        const mediaReport = await burst(h, media, `media-${run}`, say('media'));
        await h.sandbox.client.reset();
        log(`run ${run}: ${(media.uploadedBytes / 1e6).toFixed(0)} MB put in the library`);
        runs.push({ media: mediaReport, text: textReport });
      }
      console.log(`\n${describe(runs)}\n`);
      const loadRuns = runs.map((r) => asRun(r.media));
      return {
        name: 'media burst',
        setup: `${POSTS} posts with ${IMAGES_PER_POST} distinct ${(IMAGE_BYTES / 1e6).toFixed(1)} MB JPEG images each, due at one instant over ${ACCOUNTS} Mastodon, Bluesky and X accounts, ${LATENCY_MS} ms emulated latency; columns: req/s = posts/s, p50 = lateness p50, p97.5 = lateness p99, p99 = lateness max (due instant → the post received by the sandbox; the table above compares them with the same burst without media), failed = missing + unsettled + duplicates + posts without their images and alt texts + 1 when the publishing service's peak RSS ≥ ${RSS_TARGET_MB} MB`,
        runs: loadRuns,
        median: medianRun(loadRuns),
      };
    }),
};
