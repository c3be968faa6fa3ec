import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Envelope, EventMessage } from '@relais/contracts';
import { NatsConnection } from '@relais/server-nats';
import {
  bootService,
  callerOf,
  createTestDatabase,
  freePort,
  query,
  SandboxNetworks,
  ServiceCall,
  spawnClients,
  SpawnedService,
  spawnService,
  startSandboxNetworks,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
} from '@relais/server-testing';
import { AppModule, SERVICE } from '../../src/app.module';
import { loadPublishingConfig } from '../../src/config';
import { AccountEventsConsumer } from '../../src/accounts/account-events.consumer';
import { PostEventsConsumer } from '../../src/schedules/post-events.consumer';
import { TcpProxy } from './tcp-proxy';

/**
 * Publishing booted in the test process (one or more replicas), the clients service it asks for
 * credentials as a child process, and the sandbox networks, on a fresh database and a NATS prefix of
 * their own.
 */
export interface PublishingHarness {
  readonly env: Record<string, string>;
  readonly db: TestDatabase;
  readonly sandbox: SandboxNetworks;
  readonly clients: SpawnedService;
  /** The content service (its media library answers `content.media.sources`), with `content`. */
  readonly content: SpawnedService | null;
  readonly replicas: INestApplication[];
  /** Between the publishing replicas and Postgres, with `databaseProxy`. */
  readonly databaseProxy: TcpProxy | null;
  readonly call: ServiceCall;
  /** Publishes a domain event as another service's outbox relay would. */
  publishEvent<T>(subject: string, envelope: Envelope, data: T, occurredAt?: Date): Promise<string>;
  /** Another dispatcher replica on the same database. */
  addReplica(env?: Record<string, string>): Promise<INestApplication>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  latencyMs?: number;
  /** The replicas reach Postgres through a TCP proxy the test can cut (a database restart). */
  databaseProxy?: boolean;
  /** Also runs the content service as a child process (media publications need its library). */
  content?: boolean;
}

/** The content service as a child process on the same database and subject prefix, its files on disk. */
async function spawnContent(databaseUrl: string, prefix: string): Promise<SpawnedService> {
  const port = await freePort();
  return spawnService({
    name: 'content',
    entry: 'apps/content/src/main.ts',
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      HTTP_PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      NATS_URL: testEnvironment().NATS_URL,
      NATS_SUBJECT_PREFIX: prefix,
      SIGNING_SECRET: `publishing-int-signing-secret-${randomUUID()}`,
      MEDIA_DIR: mkdtempSync(join(tmpdir(), 'relais-publishing-int-')),
      MEDIA_URL_TTL_SECONDS: '600',
    },
    healthUrl: `http://127.0.0.1:${port}/health/ready`,
    timeoutMs: 60_000,
  });
}

/** The publishing environment pointing at the sandbox networks. */
export function publishingEnv(
  db: TestDatabase,
  prefix: string,
  sandbox: SandboxNetworks,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: db.appUrl,
    DATABASE_POOL_SIZE: '6',
    NATS_URL: testEnvironment().NATS_URL,
    NATS_SUBJECT_PREFIX: prefix,
    BLUESKY_DEFAULT_PDS_URL: sandbox.endpoints.bluesky,
    BLUESKY_VIDEO_SERVICE_URL: sandbox.endpoints.bluesky,
    FACEBOOK_GRAPH_URL: sandbox.endpoints.facebook_page,
    LINKEDIN_API_URL: sandbox.endpoints.linkedin,
    LINKEDIN_OAUTH_URL: sandbox.endpoints.linkedin,
    LINKEDIN_CLIENT_ID: 'relais-test',
    LINKEDIN_CLIENT_SECRET: 'relais-test-secret',
    X_API_URL: sandbox.endpoints.x,
    X_CLIENT_ID: 'relais-test',
    RETRY_BASE_MS: '300',
    RETRY_MAX_MS: '3000',
    LEASE_SECONDS: '5',
    HTTP_TIMEOUT_MS: '3000',
    SAFETY_RECHECK_MS: '5000',
    ...extra,
  };
}

async function bootReplica(env: Record<string, string>): Promise<INestApplication> {
  const config = loadPublishingConfig(env);
  // PUBLISHING_TEST_LOGS=1 shows the service's warnings and errors while a test runs.
  const logger = process.env.PUBLISHING_TEST_LOGS ? (['error', 'warn'] as const) : false;
  const app = await bootService(AppModule.forRoot(config), {
    service: SERVICE,
    natsUrl: config.NATS_URL,
    subjectPrefix: config.NATS_SUBJECT_PREFIX,
    logger: logger ? [...logger] : false,
  });
  await app.get(PostEventsConsumer).ready();
  await app.get(AccountEventsConsumer).ready();
  return app;
}

export async function startPublishing(options: HarnessOptions = {}): Promise<PublishingHarness> {
  const db = await createTestDatabase();
  const prefix = testSubjectPrefix();
  const cleanup: (() => Promise<void>)[] = [() => db.drop()];
  try {
    const sandbox = await startSandboxNetworks({ latencyMs: options.latencyMs ?? 0 });
    cleanup.unshift(() => sandbox.stop());
    const clients = await spawnClients({ databaseUrl: db.appUrl, subjectPrefix: prefix, poolSize: 8 });
    cleanup.unshift(() => clients.stop());
    const content = options.content ? await spawnContent(db.appUrl, prefix) : null;
    if (content) cleanup.unshift(() => content.stop());
    const proxy = options.databaseProxy ? await TcpProxy.start(hostAndPort(db.appUrl)) : null;
    if (proxy) cleanup.unshift(() => proxy.close());
    const env = publishingEnv(db, prefix, sandbox, {
      WORKER_ID: 'replica-1',
      ...(proxy ? { DATABASE_URL: proxy.rewrite(db.appUrl) } : {}),
      ...options.env,
    });
    const first = await bootReplica(env);
    const replicas = [first];
    const nats = first.get(NatsConnection);
    let replicaCount = 1;
    return {
      env,
      db,
      sandbox,
      clients,
      content,
      replicas,
      databaseProxy: proxy,
      call: callerOf(first),
      async publishEvent<T>(subject: string, envelope: Envelope, data: T, occurredAt = new Date()) {
        const id = randomUUID();
        const message: EventMessage<T> = {
          id,
          subject,
          occurredAt: occurredAt.toISOString(),
          envelope,
          data,
        };
        await nats.jetstream().publish(`${prefix}${subject}`, JSON.stringify(message), { msgID: id });
        return id;
      },
      async addReplica(extra = {}) {
        replicaCount += 1;
        const app = await bootReplica({ ...env, WORKER_ID: `replica-${replicaCount}`, ...extra });
        replicas.push(app);
        return app;
      },
      sql: (text, params) => query(db.superuserUrl, text, params),
      async close() {
        for (const app of replicas.splice(0).reverse()) await app.close();
        for (const step of cleanup) await step().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const step of cleanup) await step().catch(() => undefined);
    throw error;
  }
}

function hostAndPort(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 5432) };
}
