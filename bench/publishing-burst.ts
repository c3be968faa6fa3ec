import { burstReport, BurstReport, seedBurst } from '../apps/publishing/test/support/burst';
import { Bench } from './lib/bench';
import { BURST_SERVICE_ENV, LATENCY_MS, runBurst, sleep, withBurstPlatform } from './lib/burst-run';
import { formatTable } from './lib/report';
import { LoadRun, medianRun } from './lib/load-test';

/**
 * `npm run bench -- publishing [--crash]`: 10,000 posts due at the same instant over 1,000 Mastodon
 * accounts, sent by the publishing service (real processes) to the sandbox networks answering after
 * 50 ms. Measures lateness twice: "sent" (due instant → request written by the service, the
 * target) and "received" (due instant → request received by the sandbox); throughput, duplicates
 * and missing posts, and how long after the network's answer each outcome was in Postgres ("rec": what a
 * crash at that moment would leave to read back); `--crash` SIGKILLs and restarts the service three times during each burst.
 * Sizes: PUBLISHING_BENCH_POSTS, PUBLISHING_BENCH_ACCOUNTS, PUBLISHING_BENCH_REPLICAS;
 * PUBLISHING_BENCH_NODE_OPTIONS is given to the service processes (e.g. a profiler preload).
 */
const POSTS = Number(process.env.PUBLISHING_BENCH_POSTS ?? 10_000);
const ACCOUNTS = Number(process.env.PUBLISHING_BENCH_ACCOUNTS ?? 1000);
const REPLICAS = Number(process.env.PUBLISHING_BENCH_REPLICAS ?? 1);
const RUNS = Number(process.env.PUBLISHING_BENCH_RUNS ?? 3);
const KILLS = 3;

const SERVICE_ENV = {
  ...BURST_SERVICE_ENV,
  // 10,000 rows claimed and their 1,000 accounts' credentials read before the instant.
  ...(process.env.PUBLISHING_BENCH_LOOKAHEAD_MS
    ? { DISPATCH_LOOKAHEAD_MS: process.env.PUBLISHING_BENCH_LOOKAHEAD_MS }
    : {}),
  DEFAULT_NETWORK_CONCURRENCY: process.env.PUBLISHING_BENCH_CONCURRENCY ?? '1024',
  // The service's default unless asked (the window of unrecorded sends is four such batches).
  ...(process.env.PUBLISHING_BENCH_OUTCOME_BATCH_SIZE
    ? { OUTCOME_BATCH_SIZE: process.env.PUBLISHING_BENCH_OUTCOME_BATCH_SIZE }
    : {}),
  LEASE_SECONDS: '10',
  HTTP_TIMEOUT_MS: '10000',
  // e.g. `--require <a profiler preload>` (flags such as --cpu-prof are refused in NODE_OPTIONS).
  ...(process.env.PUBLISHING_BENCH_NODE_OPTIONS
    ? { NODE_OPTIONS: process.env.PUBLISHING_BENCH_NODE_OPTIONS }
    : {}),
};

/** The bench table speaks of requests: here a "request" is a post, latency its lateness. */
function asRun(report: BurstReport): LoadRun {
  return {
    requestsPerSecond: report.throughput,
    latencyP50: report.sentP50Ms,
    latencyP975: report.sentP99Ms,
    latencyP99: report.sentMaxMs,
    requests: report.received,
    errors: report.missing,
    non2xx: report.duplicates,
    mismatches: report.unsettled,
  };
}

function describeReports(reports: BurstReport[]): string {
  const rows = reports.map((r, i) => [
    String(i + 1),
    r.sentP50Ms.toFixed(0),
    r.sentP99Ms.toFixed(0),
    r.sentMaxMs.toFixed(0),
    r.latenessP50Ms.toFixed(0),
    r.latenessP99Ms.toFixed(0),
    r.latenessMaxMs.toFixed(0),
    r.throughput.toFixed(0),
    r.recordedP50Ms.toFixed(0),
    r.recordedP99Ms.toFixed(0),
    r.recordedMaxMs.toFixed(0),
    String(r.duplicates),
    String(r.missing),
    String(r.unsettled),
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
      'rec p50',
      'rec p99',
      'rec max',
      'dup',
      'missing',
      'unsettled',
    ],
    rows,
  );
}

export const publishingBurstBench: Bench = {
  name: 'publishing burst',
  run(log) {
    const crash = process.argv.includes('--crash');
    log(
      `starting the sandbox networks (${LATENCY_MS} ms), the clients service and a read-only publishing replica`,
    );
    return withBurstPlatform({}, async (h) => {
      const reports: BurstReport[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const say = (m: string) => log(`run ${run}: ${m}`);
        const world = await seedBurst(h, { posts: POSTS, accounts: ACCOUNTS, log: say });
        const { peakRssMb } = await runBurst(h, {
          agencyId: world.agency.owner.claims.agencyId,
          workers: Array.from({ length: REPLICAS }, (_, i) => `bench-${run}-${i}`),
          env: SERVICE_ENV,
          settleTimeoutMs: 300_000,
          log: (m) => say(`${POSTS} posts ${m}${crash ? `, ${KILLS} SIGKILLs` : ''}`),
          trace: !!process.env.PUBLISHING_BENCH_TRACE,
          whileDue: crash
            ? async (services) => {
                for (let kill = 0; kill < KILLS; kill += 1) {
                  await sleep(100 + Math.random() * 700);
                  const victim = services[kill % services.length];
                  victim.kill('SIGKILL');
                  await victim.restart();
                }
              }
            : undefined,
        });
        const report = await burstReport(h, world, LATENCY_MS);
        say(
          `sent p50 ${report.sentP50Ms} ms, p99 ${report.sentP99Ms} ms, max ${report.sentMaxMs} ms; received p50 ${report.latenessP50Ms} ms, p99 ${report.latenessP99Ms} ms, max ${report.latenessMaxMs} ms; recorded p50 ${report.recordedP50Ms} ms, p99 ${report.recordedP99Ms} ms, max ${report.recordedMaxMs} ms after the answer; ${report.throughput.toFixed(0)} posts/s, ${report.duplicates} duplicates, ${report.missing} missing; peak RSS ${peakRssMb.map((mb) => mb.toFixed(0)).join(', ')} MB`,
        );
        reports.push(report);
        await h.sandbox.client.reset();
      }
      console.log(`\n${describeReports(reports)}\n`);
      const runs = reports.map(asRun);
      return {
        name: `${this.name}${crash ? ' --crash' : ''}`,
        setup: `${POSTS} posts due at one instant over ${ACCOUNTS} Mastodon accounts, ${LATENCY_MS} ms emulated latency, ${REPLICAS} service process(es)${crash ? `, ${KILLS} SIGKILLs per run` : ''}; columns: req/s = posts/s, p50 = lateness p50, p97.5 = lateness p99, p99 = lateness max (lateness = due instant → request sent by the service; the table above also gives it as received by the sandbox), failed = missing + duplicates + unsettled`,
        runs,
        median: medianRun(runs),
      };
    });
  },
};
