import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { Envelope, ErrorBody, MembershipClaims, systemEnvelope } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';
import { connectNatsMicroservice, NatsRequester } from '@relais/server-nats';
import { createTestDatabase, TestDatabase, testSubjectPrefix } from '@relais/server-testing';
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
  call<T>(subject: string, envelope: Envelope, data?: unknown): Promise<T>;
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

export interface TenantSettings {
  agencyId?: string;
  userId?: string;
  brandIds?: string;
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

  return {
    env: serviceEnv,
    config,
    db,
    app,
    call: <T>(subject: string, envelope: Envelope, data: unknown = {}) =>
      requester.request<T>(subject, envelope, data, { timeoutMs: 15_000 }),
    sql: (text, params) => query(db.superuserUrl, text, params),
    sqlAsApp: (text, params, tenant) => query(db.appUrl, text, params, tenant),
    async close() {
      await app.close();
      await db.drop();
    },
  };
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
