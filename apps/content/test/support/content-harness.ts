import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { Envelope, ErrorBody, MembershipClaims, systemEnvelope } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';
import { connectNatsMicroservice, NatsRequester } from '@relais/server-nats';
import {
  createTestDatabase,
  freePort,
  spawnService,
  SpawnedService,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
} from '@relais/server-testing';
import { AppModule, SERVICE } from '../../src/app.module';
import { ContentConfig, loadContentConfig } from '../../src/config';

/** Local-only secrets of the services a content test starts. */
export const TEST_SIGNING_SECRET = 'content-int-signing-secret-0123456789abcdef';
const TEST_CREDENTIALS_KEYS = `k1:${randomBytes(32).toString('base64')}`;

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
  call<T>(subject: string, envelope: Envelope, data?: unknown): Promise<T>;
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

export interface TenantSettings {
  agencyId?: string;
  userId?: string;
  brandIds?: string;
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
    const clientsPort = await freePort();
    clients = await spawnService({
      name: 'clients',
      entry: 'apps/clients/src/main.ts',
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        HTTP_PORT: String(clientsPort),
        DATABASE_URL: db.appUrl,
        DATABASE_POOL_SIZE: '4',
        NATS_URL: natsUrl,
        NATS_SUBJECT_PREFIX: prefix,
        CREDENTIALS_KEYS: TEST_CREDENTIALS_KEYS,
        CREDENTIALS_ACTIVE_KEY: 'k1',
      },
      healthUrl: `http://127.0.0.1:${clientsPort}/health/ready`,
      timeoutMs: 60_000,
    });
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
    const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
    connectNatsMicroservice(app, {
      url: config.NATS_URL,
      service: SERVICE,
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
      exposeInternals: true,
    });
    await app.init();
    await app.startAllMicroservices();
    const requester = app.get(NatsRequester);
    const spawned = clients;

    return {
      env,
      config,
      db,
      app,
      clients: spawned,
      call: <T>(subject: string, envelope: Envelope, data: unknown = {}) =>
        requester.request<T>(subject, envelope, data, { timeoutMs: 15_000 }),
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

async function query<T>(
  url: string,
  text: string,
  params: unknown[] = [],
  tenant?: TenantSettings,
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (tenant) {
      await client.query(
        "SELECT set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true), set_config('app.brand_ids', $3, true)",
        [tenant.agencyId ?? '', tenant.userId ?? '', tenant.brandIds ?? ''],
      );
    }
    const result = await client.query(text, params);
    await client.query('COMMIT');
    return result.rows as T[];
  } finally {
    await client.end();
  }
}

/** The envelope the gateway builds from a signed-in user's access token. */
export function envelopeOf(claims: MembershipClaims): Envelope {
  return { ...claims, correlationId: randomUUID() };
}

/** The envelope of a request made before signing in. */
export function anonymous(): Envelope {
  return { agencyId: null, userId: null, role: null, brandIds: null, correlationId: randomUUID() };
}

/** The envelope of another Relais service acting for an agency. */
export function system(agencyId: string): Envelope {
  return systemEnvelope(randomUUID(), agencyId);
}

/** The error body a request failed with (fails the test when the request succeeded). */
export async function failure(request: Promise<unknown>): Promise<ErrorBody> {
  try {
    await request;
  } catch (error) {
    if (error instanceof RemoteError) return error.body;
    throw error;
  }
  throw new Error('Expected the request to fail, but it succeeded');
}
