import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import {
  bootService,
  callerOf,
  createTestDatabase,
  query,
  ServiceCall,
  spawnClients,
  SpawnedService,
  TenantSettings,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
} from '@relais/server-testing';
import { AppModule, SERVICE } from '../../src/app.module';
import { ContentConfig, loadContentConfig } from '../../src/config';

/** Local-only secrets of the services a content test starts. */
export const TEST_SIGNING_SECRET = 'content-int-signing-secret-0123456789abcdef';

/**
 * The content service booted in the test process, and the clients service it asks about brands and
 * accounts running as a child process, both on one fresh database (cloned from the migrated template)
 * and a NATS subject prefix of their own. Calls go over the real NATS, as the gateway makes them.
 */
export interface ContentHarness {
  readonly env: Record<string, string>;
  readonly config: ContentConfig;
  readonly db: TestDatabase;
  readonly app: INestApplication;
  readonly clients: SpawnedService;
  readonly call: ServiceCall;
  /** Runs SQL as the superuser: sees every row whatever the row-level security says. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs SQL as `relais_app` with the tenant variables set like the services set them. */
  sqlAsApp<T = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    tenant?: TenantSettings,
  ): Promise<T[]>;
  close(): Promise<void>;
}

export interface ContentHarnessOptions {
  /** Added to the content service's environment. */
  env?: Record<string, string>;
}

export async function startContent(options: ContentHarnessOptions = {}): Promise<ContentHarness> {
  const db = await createTestDatabase();
  const prefix = testSubjectPrefix();
  const natsUrl = testEnvironment().NATS_URL;
  let clients: SpawnedService | undefined;
  try {
    clients = await spawnClients({ databaseUrl: db.appUrl, subjectPrefix: prefix, poolSize: 4 });
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.appUrl,
      DATABASE_POOL_SIZE: '4',
      NATS_URL: natsUrl,
      NATS_SUBJECT_PREFIX: prefix,
      SIGNING_SECRET: TEST_SIGNING_SECRET,
      MEDIA_DIR: mkdtempSync(join(tmpdir(), 'relais-content-int-')),
      ...options.env,
    };
    const config = loadContentConfig(env);
    const app = await bootService(AppModule.forRoot(config), {
      service: SERVICE,
      natsUrl: config.NATS_URL,
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
    });
    const spawned = clients;

    return {
      env,
      config,
      db,
      app,
      clients: spawned,
      call: callerOf(app),
      sql: (text, params) => query(db.superuserUrl, text, params),
      sqlAsApp: (text, params, tenant) => query(db.appUrl, text, params, tenant),
      async close() {
        await app.close();
        await spawned.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await clients?.stop();
    await db.drop();
    throw error;
  }
}
