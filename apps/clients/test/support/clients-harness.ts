import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import {
  bootService,
  callerOf,
  createTestDatabase,
  query,
  ServiceCall,
  TenantSettings,
  TestDatabase,
  testSubjectPrefix,
} from '@relais/server-testing';
import { AppModule, SERVICE } from '../../src/app.module';
import { ClientsConfig, loadClientsConfig } from '../../src/config';

/**
 * The clients service booted in the test process on a fresh database (cloned from the migrated
 * template) and a subject prefix of its own, called over the real NATS like the gateway calls it.
 */
export interface ClientsHarness {
  /** The environment the service was configured from (to configure tools the same way). */
  readonly env: Record<string, string>;
  readonly config: ClientsConfig;
  readonly db: TestDatabase;
  readonly app: INestApplication;
  readonly call: ServiceCall;
  /** Runs SQL as the superuser: sees every row whatever the row-level security says. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs SQL as `relais_app`, optionally after setting the tenant variables like the service does. */
  sqlAsApp<T = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    tenant?: TenantSettings,
  ): Promise<T[]>;
  close(): Promise<void>;
}

export async function startClients(env: Record<string, string> = {}): Promise<ClientsHarness> {
  const db = await createTestDatabase();
  const serviceEnv: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: db.appUrl,
    DATABASE_POOL_SIZE: '4',
    NATS_SUBJECT_PREFIX: testSubjectPrefix(),
    CREDENTIALS_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    CREDENTIALS_ACTIVE_KEY: 'k1',
    CONSOLE_URL: 'http://console.relais.test',
    ...env,
  };
  const config = loadClientsConfig(serviceEnv);
  const app = await bootService(AppModule.forRoot(config), {
    service: SERVICE,
    natsUrl: config.NATS_URL,
    subjectPrefix: config.NATS_SUBJECT_PREFIX,
  });

  return {
    env: serviceEnv,
    config,
    db,
    app,
    call: callerOf(app),
    sql: (text, params) => query(db.superuserUrl, text, params),
    sqlAsApp: (text, params, tenant) => query(db.appUrl, text, params, tenant),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
