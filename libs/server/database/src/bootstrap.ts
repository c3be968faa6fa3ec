import { Client } from 'pg';
import { APP_ROLE, OWNER_ROLE } from './rls.migration-helpers';
import { withDatabase } from './database-url';
import { quoteIdent } from './sql-identifiers';

/** Held while creating roles and databases, so concurrent runs (test workers, replicas) queue up. */
export const BOOTSTRAP_LOCK_KEY = 7_246_001;

/** Creates the two roles when missing; keeps `relais_app` unable to bypass row-level security. */
export const ROLES_SQL = `DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
    CREATE ROLE ${OWNER_ROLE} LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
ALTER ROLE ${APP_ROLE} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;`;

export interface BootstrapOptions {
  /** Set as the owner role's password (production; local trust auth needs none). */
  ownerPassword?: string;
  appPassword?: string;
}

export interface BootstrapResult {
  createdDatabase: boolean;
}

/**
 * Makes sure the roles and the database exist (owned by `relais_owner`, `relais_app` may connect).
 * Safe to run any number of times, also concurrently. Needs a superuser (or CREATEROLE+CREATEDB) URL.
 */
export async function bootstrapDatabase(
  superuserUrl: string,
  dbName: string,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  const database = quoteIdent(dbName);
  const client = new Client({ connectionString: superuserUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  let createdDatabase = false;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK_KEY]);
    await client.query(ROLES_SQL);
    if (options.ownerPassword) await setPassword(client, OWNER_ROLE, options.ownerPassword);
    if (options.appPassword) await setPassword(client, APP_ROLE, options.appPassword);
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${database} OWNER ${OWNER_ROLE}`);
      createdDatabase = true;
    }
    await client.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${APP_ROLE}`);
    await client.query(`GRANT ALL ON DATABASE ${database} TO ${OWNER_ROLE}`);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [BOOTSTRAP_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  if (createdDatabase) await secureNewDatabase(withDatabase(superuserUrl, dbName));
  return { createdDatabase };
}

async function setPassword(client: Client, role: string, password: string): Promise<void> {
  const literal = await client.query<{ q: string }>('SELECT quote_literal($1) AS q', [password]);
  await client.query(`ALTER ROLE ${role} PASSWORD ${literal.rows[0].q}`);
}

/** Nobody but the owner creates objects in `public`; the app role sees only its services' schemas. */
async function secureNewDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    await client.query(`GRANT ALL ON SCHEMA public TO ${OWNER_ROLE}`);
  } finally {
    await client.end();
  }
}
