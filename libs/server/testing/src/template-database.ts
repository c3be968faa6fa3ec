import {
  APP_ROLE,
  bootstrapDatabase,
  OWNER_ROLE,
  quoteIdent,
  runMigrations,
  withDatabase,
} from '@relais/server-database';
import { Client } from 'pg';

/** Held while a template is built or checked, so concurrent test runs build it once. */
const TEMPLATE_LOCK_KEY = 7_246_002;
const DAY_MS = 24 * 60 * 60 * 1000;
export const TEST_DATABASE_PREFIX = 'relais_t_';
export const TEMPLATE_PREFIX = 'relais_tpl_';

export interface ServiceSchema {
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

/** `url` with another login role (no password: local trust authentication). */
export function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

/**
 * The migrated template every test database is cloned from, named after a hash of the migrations
 * (`relais_tpl_<hash>`): reused while the migrations are unchanged, built once otherwise.
 */
export async function ensureTemplateDatabase(options: {
  superuserUrl: string;
  hash: string;
  services: ServiceSchema[];
}): Promise<{ name: string; built: boolean }> {
  const name = `${TEMPLATE_PREFIX}${options.hash}`.slice(0, 63);
  const client = new Client({ connectionString: options.superuserUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    const existing = await client.query<{ datistemplate: boolean }>(
      'SELECT datistemplate FROM pg_database WHERE datname = $1',
      [name],
    );
    if (existing.rows[0]?.datistemplate) return { name, built: false };
    // A template left half-built by an interrupted run is rebuilt from scratch.
    if (existing.rowCount) await client.query(`DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`);
    await bootstrapDatabase(options.superuserUrl, name);
    const ownerUrl = asRole(withDatabase(options.superuserUrl, name), OWNER_ROLE);
    for (const service of options.services) {
      await runMigrations({ url: ownerUrl, schema: service.schema, migrations: service.migrations });
    }
    await client.query(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    return { name, built: true };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Test databases carry their creation time: `relais_t_<base36 ms>_<random>`. */
export function createdAtOf(name: string): number | null {
  const match = new RegExp(`^${TEST_DATABASE_PREFIX}([0-9a-z]{8,9})_[0-9a-f]{8}$`).exec(name);
  return match ? parseInt(match[1], 36) : null;
}

/** Drops test databases older than a day (left behind by killed runs) and templates unused for a day. */
export async function dropStaleTestDatabases(superuserUrl: string, keepTemplate: string): Promise<string[]> {
  const client = new Client({ connectionString: superuserUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  const dropped: string[] = [];
  try {
    const rows = await client.query<{ datname: string; created: Date | null }>(
      `SELECT datname, (pg_stat_file('base/' || oid || '/PG_VERSION', true)).modification AS created
         FROM pg_database WHERE datname LIKE 'relais\\_t\\_%' OR datname LIKE 'relais\\_tpl\\_%'`,
    );
    const now = Date.now();
    for (const { datname, created } of rows.rows) {
      const createdAt = datname.startsWith(TEMPLATE_PREFIX)
        ? (created?.getTime() ?? now)
        : createdAtOf(datname);
      const stale = datname !== keepTemplate && createdAt !== null && now - createdAt > DAY_MS;
      if (!stale) continue;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
      dropped.push(datname);
    }
  } finally {
    await client.end();
  }
  return dropped;
}

export { APP_ROLE, OWNER_ROLE };
