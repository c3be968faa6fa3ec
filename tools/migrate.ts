/**
 * Creates the roles and the database when missing, then runs every service's pending migrations as
 * `relais_owner`. `npm run migrate` (all services) or `npm run migrate -- --revert <service>` (undo
 * that service's last migration).
 *
 * Environment: DATABASE_SUPERUSER_URL, DATABASE_OWNER_URL, DATABASE_APP_URL (for its password),
 * MIGRATE_SKIP_BOOTSTRAP.
 */
import { Logger } from '@nestjs/common';
import {
  bootstrapDatabase,
  databaseOf,
  passwordOf,
  revertLastMigration,
  runMigrations,
} from '@relais/server-database';
import { loadMigrateConfig } from './db/migrate.config';
import { services } from './services';

const APPLICATION_NAME = 'relais-migrate';

async function migrateAll(): Promise<void> {
  const config = loadMigrateConfig();
  const database = databaseOf(config.DATABASE_OWNER_URL);
  if (!config.MIGRATE_SKIP_BOOTSTRAP) {
    const { createdDatabase } = await bootstrapDatabase(config.DATABASE_SUPERUSER_URL, database, {
      ownerPassword: passwordOf(config.DATABASE_OWNER_URL),
      appPassword: passwordOf(config.DATABASE_APP_URL),
    });
    console.log(createdDatabase ? `Created database ${database}` : `Database ${database} exists`);
  }
  for (const service of services) {
    const migrations = await service.migrations();
    const ran = await runMigrations({
      url: config.DATABASE_OWNER_URL,
      schema: service.schema,
      migrations,
      applicationName: APPLICATION_NAME,
    });
    if (ran.length === 0) console.log(`${service.name}: up to date (${migrations.length} migrations)`);
    for (const name of ran) console.log(`${service.name}: ran ${name}`);
  }
}

async function revert(serviceName: string): Promise<void> {
  const config = loadMigrateConfig();
  const service = services.find((candidate) => candidate.name === serviceName);
  if (!service) {
    throw new Error(`Unknown service "${serviceName}"; known: ${services.map((s) => s.name).join(', ')}`);
  }
  const reverted = await revertLastMigration({
    url: config.DATABASE_OWNER_URL,
    schema: service.schema,
    migrations: await service.migrations(),
    applicationName: APPLICATION_NAME,
  });
  console.log(reverted ? `${service.name}: reverted ${reverted}` : `${service.name}: nothing to revert`);
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--revert') {
    if (!args[1]) throw new Error('Usage: npm run migrate -- --revert <service>');
    await revert(args[1]);
    return;
  }
  if (args.length > 0) throw new Error(`Unknown arguments: ${args.join(' ')}`);
  await migrateAll();
}

// This script prints what it ran itself; the library's progress chatter stays out of the way.
Logger.overrideLogger(['error', 'warn']);

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Migration failed: ${message}`);
  process.exit(1);
});
