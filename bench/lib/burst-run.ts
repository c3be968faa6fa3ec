import { readFile } from 'node:fs/promises';
import { SpawnedService, waitFor } from '@relais/server-testing';
import { spawnPublishing } from '../../apps/publishing/test/support/burst';
import { PublishingHarness, startPublishing } from '../../apps/publishing/test/support/publishing-harness';
import prepareTemplateDatabase from '../../tools/jest/global-setup';

/** What the publishing benches share: posts due at one instant, sent by real service processes. */

/** The sandbox networks answer after this long. */
export const LATENCY_MS = 50;
/** The posts are made due this long after the services are up (their dispatchers claim them ahead). */
const LEAD_MS = 8000;

/** The publishing service's settings in a burst; each bench adds its own. */
export const BURST_SERVICE_ENV: Record<string, string> = {
  DISPATCH_BATCH_SIZE: '500',
  DISPATCH_LOOKAHEAD_MS: '5000',
  ACCOUNT_CONCURRENCY: '10',
  DATABASE_POOL_SIZE: '12',
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** A process's resident set now (`VmRSS`) or at its peak (`VmHWM`), in MB. */
export async function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * A fresh database, the sandbox networks (`LATENCY_MS`), the clients service and a publishing replica
 * that does not dispatch (the harness's own, for its requests), and the content service when asked;
 * runs `fn` and closes everything.
 */
export async function withBurstPlatform<T>(
  options: { content?: boolean },
  fn: (h: PublishingHarness) => Promise<T>,
): Promise<T> {
  prepareTemplateDatabase();
  const h = await startPublishing({
    content: options.content ?? false,
    env: { DISPATCH_ENABLED: 'false', LOG_LEVEL: 'warn' },
    latencyMs: LATENCY_MS,
  });
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

export interface BurstOptions {
  /** The agency whose publications are made due. */
  agencyId: string;
  /** One service process per name. */
  workers: string[];
  env: Record<string, string>;
  settleTimeoutMs: number;
  log: (message: string) => void;
  /** What happens to the services once the posts are due (e.g. kills), before they settle. */
  whileDue?: (services: SpawnedService[]) => Promise<void>;
  /** Prints the services' output when they stop. */
  trace?: boolean;
}

export interface BurstRun {
  /** Each service's peak resident set (`VmHWM`) in MB, read once every publication settled. */
  peakRssMb: number[];
  /** Each service's resident set once ready, before the burst, in MB. */
  readyRssMb: number[];
}

/**
 * Spawns the services, makes every publication of the agency due `LEAD_MS` later, waits until each
 * is published or failed, reads the services' peak memory and stops them.
 */
export async function runBurst(h: PublishingHarness, options: BurstOptions): Promise<BurstRun> {
  const services: SpawnedService[] = [];
  try {
    for (const worker of options.workers) services.push(await spawnPublishing(h, worker, options.env));
    const readyRssMb = await Promise.all(services.map((service) => rssMb(service.pid, 'VmRSS')));
    const start = new Date(Date.now() + LEAD_MS);
    options.log(`due at ${start.toISOString()} on ${services.length} service process(es)`);
    await h.sql(`UPDATE publishing.publications SET due_at = $2, next_attempt_at = $2 WHERE agency_id = $1`, [
      options.agencyId,
      start,
    ]);
    await h.sql(`SELECT pg_notify('publishing_due', '')`);
    await sleep(Math.max(0, start.getTime() - Date.now()));
    await options.whileDue?.(services);
    await waitForSettled(h, options.agencyId, options.settleTimeoutMs);
    const peakRssMb = await Promise.all(services.map((service) => rssMb(service.pid, 'VmHWM')));
    return { peakRssMb, readyRssMb };
  } finally {
    if (options.trace) for (const service of services) options.log(service.logs());
    for (const service of services) await service.stop();
  }
}

async function waitForSettled(h: PublishingHarness, agencyId: string, timeoutMs: number): Promise<void> {
  await waitFor(
    async () => {
      const [{ open }] = await h.sql<{ open: string }>(
        `SELECT count(*) AS open FROM publishing.publications
          WHERE agency_id = $1 AND status NOT IN ('published', 'failed')`,
        [agencyId],
      );
      return Number(open) === 0;
    },
    { timeoutMs, intervalMs: 250, description: 'every publication settled' },
  );
}
