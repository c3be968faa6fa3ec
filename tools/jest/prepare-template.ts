/**
 * Builds (or finds) the migrated template database the integration and end-to-end tests clone, and
 * prints its name as the last line of stdout. Run by the Jest global setup in its own process.
 */
import { dropStaleTestDatabases, ensureTemplateDatabase, testEnvironment } from '@relais/server-testing';
import { join } from 'node:path';
import { services } from '../services';
import { migrationsHash } from './migrations-hash';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const env = testEnvironment();
  const hash = migrationsHash(
    root,
    services.map((service) => service.migrationsDir),
  );
  const schemas = await Promise.all(
    services.map(async (service) => ({ schema: service.schema, migrations: await service.migrations() })),
  );
  const started = Date.now();
  const template = await ensureTemplateDatabase({
    superuserUrl: env.DATABASE_SUPERUSER_URL,
    hash,
    services: schemas,
  });
  if (template.built) console.error(`Built template database ${template.name} in ${Date.now() - started} ms`);
  const dropped = await dropStaleTestDatabases(env.DATABASE_SUPERUSER_URL, template.name);
  if (dropped.length > 0) console.error(`Dropped stale test databases: ${dropped.join(', ')}`);
  process.stdout.write(`${template.name}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
