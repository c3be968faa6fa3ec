import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationSeconds: number;
  /** A response body that does not pass is counted as a mismatch (a wrong answer, not only a slow one). */
  verifyBody: (body: string) => boolean;
}

/** What one run measured. Latencies in milliseconds. */
export interface LoadRun {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP975: number;
  latencyP99: number;
  requests: number;
  errors: number;
  non2xx: number;
  mismatches: number;
  /** The start of the first answer that failed the body check, to tell what went wrong. */
  firstWrongBody?: string;
}

/** Drives HTTP load with autocannon for `durationSeconds` over `connections` connections. */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  let firstWrongBody: string | undefined;
  const verifyBody = (body: string) => {
    const ok = options.verifyBody(body);
    if (!ok) firstWrongBody ??= body.slice(0, 500);
    return ok;
  };
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: options.headers,
    body: options.body,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    verifyBody,
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP975: result.latency.p97_5,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    ...(firstWrongBody === undefined ? {} : { firstWrongBody }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of each measure over the runs; failures are added up over every run, never averaged away. */
export function medianRun(runs: LoadRun[]): LoadRun {
  const of = (pick: (run: LoadRun) => number) => median(runs.map(pick));
  const sum = (pick: (run: LoadRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requestsPerSecond: of((run) => run.requestsPerSecond),
    latencyP50: of((run) => run.latencyP50),
    latencyP975: of((run) => run.latencyP975),
    latencyP99: of((run) => run.latencyP99),
    requests: of((run) => run.requests),
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
    mismatches: sum((run) => run.mismatches),
  };
}

/** Failed requests of a run: connection errors, non-2xx answers and wrong bodies. */
export function failures(run: LoadRun): number {
  return run.errors + run.non2xx + run.mismatches;
}
