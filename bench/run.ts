/**
 * `npm run bench`: runs every benchmark (or those whose name contains the first argument) and
 * prints one table. Exits 1 when a benchmark fails or any request failed.
 */
import { calendarBench } from './calendar';
import { gatewayBrandsBench } from './gateway-brands';
import { Bench } from './lib/bench';
import { publishingBurstBench } from './publishing-burst';
import { publishingMediaBench } from './publishing-media';
import { failures } from './lib/load-test';
import { BenchResult, formatResults } from './lib/report';

/** Every benchmark, in the order they run. A new one is one more entry. */
const BENCHES: Bench[] = [gatewayBrandsBench, calendarBench, publishingBurstBench, publishingMediaBench];

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const selected = BENCHES.filter((bench) => bench.name.includes(filter));
  if (selected.length === 0) throw new Error(`no benchmark matches "${filter}"`);
  const results: BenchResult[] = [];
  for (const bench of selected) {
    results.push(await bench.run((message) => console.log(`[${bench.name}] ${message}`)));
  }
  console.log(`\n${formatResults(results)}\n`);
  const failed = results.filter((result) => failures(result.median) > 0);
  if (failed.length > 0) {
    console.error(`Failed requests in: ${failed.map((result) => result.name).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
