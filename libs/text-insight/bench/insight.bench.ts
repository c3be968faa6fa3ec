// Throughput of analyzeItem (language, sentiment, tags with the default rules) on one core, over the
// labelled items, after a warm-up. Items per second of CPU time (what a busy shared machine does not
// distort much) and of wall-clock time. Not a test: run it by hand and compare with the README.
//   node -r ./tools/register.js libs/text-insight/bench/insight.bench.ts
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { LABELLED_FILES, loadLabelledSet } from './labelled-set';

const SECONDS = 3;
const texts = LABELLED_FILES.flatMap((file) => loadLabelledSet(file).map((item) => item.text));

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function measure(name: string, run: (text: string) => unknown): void {
  for (const text of texts) run(text);
  let items = 0;
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  while (performance.now() - started < SECONDS * 1000) {
    for (const text of texts) run(text);
    items += texts.length;
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuStarted;
  print(
    `${name.padEnd(18)} ${String(Math.round(items / cpu)).padStart(7)} items/CPU-s ` +
      `${String(Math.round(items / wall)).padStart(7)} items/s  ${((cpu / items) * 1e6).toFixed(0)} µs CPU/item`,
  );
}

async function main(): Promise<void> {
  const loadStarted = performance.now();
  const insight = await import('../src');
  print(
    `loading the library (language profiles, lexicons, default rules): ${(performance.now() - loadStarted).toFixed(0)} ms`,
  );
  print(
    `${texts.length} labelled texts, ${SECONDS} s per measure, one core, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  measure('detectLanguage', (text) => insight.detectLanguage(text));
  measure('analyzeSentiment', (text) => insight.analyzeSentiment(text, 'fr'));
  measure('tagItem', (text) => insight.tagItem(text, 'fr', insight.DEFAULT_TAG_RULES, 'neutral'));
  measure('analyzeItem', (text) => insight.analyzeItem(text));
}

void main();
