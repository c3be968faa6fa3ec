import { LoadRun, failures } from './load-test';

/** One benchmark's outcome: every run and their median. */
export interface BenchResult {
  name: string;
  /** What was measured and how (connections, duration, data set). */
  setup: string;
  runs: LoadRun[];
  median: LoadRun;
}

const HEADERS = ['benchmark', 'run', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'requests', 'failed'];

function row(name: string, label: string, run: LoadRun): string[] {
  return [
    name,
    label,
    run.requestsPerSecond.toFixed(0),
    run.latencyP50.toFixed(1),
    run.latencyP975.toFixed(1),
    run.latencyP99.toFixed(1),
    String(run.requests),
    String(failures(run)),
  ];
}

/** A plain-text table: the first column left-aligned, numbers right-aligned. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Every run of every benchmark, then its median, as plain text (fit for CI logs). */
export function formatResults(results: BenchResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    result.runs.forEach((run, index) =>
      rows.push(row(index === 0 ? result.name : '', String(index + 1), run)),
    );
    rows.push(row('', 'median', result.median));
  }
  const setups = results.map((result) => `  ${result.name}: ${result.setup}`);
  const legend =
    '  failed: connection errors, non-2xx answers and wrong bodies (on the median row: over every run)';
  return [formatTable(HEADERS, rows), '', ...setups, legend].join('\n');
}
