import { APP_ROLE, OWNER_ROLE, quoteIdent, withDatabase } from '@relais/server-database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { asRole, TEST_DATABASE_PREFIX } from './template-database';
import { TEMPLATE_ENV, testEnvironment } from './test-env';

export interface TestDatabase {
  name: string;
  /** As `relais_app`: what services connect with (row-level security applies). */
  appUrl: string;
  /** As `relais_owner`: for fixtures that must bypass the services. */
  ownerUrl: string;
  /** As the superuser, on this database. */
  superuserUrl: string;
  drop(): Promise<void>;
}

export function testDatabaseName(now = Date.now()): string {
  return `${TEST_DATABASE_PREFIX}${now.toString(36)}_${randomBytes(4).toString('hex')}`;
}

const BUSY_TEMPLATE = '55006';

/**
 * A fresh, migrated and empty database for one test file, cloned from the template that the Jest
 * global setup built (`CREATE DATABASE ... TEMPLATE`). Drop it in `afterAll`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const env = testEnvironment();
  const template = env[TEMPLATE_ENV];
  if (!template) {
    throw new Error(
      `No template database (${TEMPLATE_ENV} is not set): run integration tests with jest.int.config.ts or jest.e2e.config.ts`,
    );
  }
  const name = testDatabaseName();
  const admin = new Client({ connectionString: env.DATABASE_SUPERUSER_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(
          `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)} OWNER ${OWNER_ROLE}`,
        );
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== BUSY_TEMPLATE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const superuserUrl = withDatabase(env.DATABASE_SUPERUSER_URL, name);
  return {
    name,
    appUrl: asRole(superuserUrl, APP_ROLE),
    ownerUrl: asRole(superuserUrl, OWNER_ROLE),
    superuserUrl,
    async drop() {
      const client = new Client({
        connectionString: env.DATABASE_SUPERUSER_URL,
        connectionTimeoutMillis: 5000,
      });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
