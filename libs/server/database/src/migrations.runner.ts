import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source.factory';
import { quoteIdent } from './sql-identifiers';

export interface MigrationOptions {
  /** The owner's URL (`relais_owner`): migrations create and alter the schema's objects. */
  url: string;
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  applicationName?: string;
}

/** Serialises migration runs of one schema across processes (a deploy job and a developer, test workers). */
async function withMigrationLock<T>(
  options: MigrationOptions,
  fn: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const lock = new Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
  await lock.connect();
  const dataSource = createDataSource({
    url: options.url,
    schema: options.schema,
    entities: [],
    migrations: options.migrations,
    poolSize: 2,
    applicationName: options.applicationName ?? `migrate-${options.schema}`,
  });
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('relais.migrations.' || $1))", [options.schema]);
    // The migrations table lives in the service's schema, which must exist before the first migration.
    await lock.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    await dataSource.initialize();
    return await fn(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}

/** Runs the schema's pending migrations, each in its own transaction; returns the names run. */
export function runMigrations(options: MigrationOptions): Promise<string[]> {
  return withMigrationLock(options, async (dataSource) => {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  });
}

/** Reverts the schema's last applied migration; returns its name, or null when none was applied. */
export function revertLastMigration(options: MigrationOptions): Promise<string | null> {
  return withMigrationLock(options, async (dataSource) => {
    const rows = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM ${quoteIdent(options.schema)}.migrations ORDER BY timestamp DESC, id DESC LIMIT 1`,
    );
    if (rows.length === 0) return null;
    await dataSource.undoLastMigration({ transaction: 'each' });
    return rows[0].name;
  });
}
