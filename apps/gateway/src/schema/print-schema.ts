import { writeFileSync } from 'node:fs';
import { buildGatewaySchema, printGatewaySchema, SCHEMA_PATH } from './build-schema';

async function main(): Promise<void> {
  const text = printGatewaySchema(await buildGatewaySchema());
  writeFileSync(SCHEMA_PATH, text);
  process.stdout.write(`Wrote ${SCHEMA_PATH}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
