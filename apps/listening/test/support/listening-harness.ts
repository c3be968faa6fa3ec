import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Envelope, EventMessage } from '@relais/contracts';
import { NatsConnection } from '@relais/server-nats';
import {
  bootService,
  callerOf,
  createTestDatabase,
  query,
  SandboxNetworks,
  ServiceCall,
  spawnClients,
  startSandboxNetworks,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
} from '@relais/server-testing';
import { AppModule, SERVICE } from '../../src/app.module';
import { loadListeningConfig } from '../../src/config';
import { AccountEventsConsumer } from '../../src/sources/account-events.consumer';

/**
 * Listening booted in the test process on a fresh database and a NATS prefix of its own; with
 * `networks`, also the network emulators and the clients service (accounts and their tokens), as a
 * child process.
 */
export interface ListeningHarness {
  readonly env: Record<string, string>;
  readonly db: TestDatabase;
  /** The service booted now (a new one after `restart`). */
  readonly app: INestApplication;
  readonly prefix: string;
  readonly call: ServiceCall;
  /** With `networks`. */
  readonly sandbox: SandboxNetworks;
  /** Publishes a domain event as another service's outbox relay would. */
  publishEvent<T>(subject: string, envelope: Envelope, data: T, occurredAt?: Date): Promise<string>;
  /** SQL as the superuser. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Stops the service and boots it again on the same database, as a deployment or a crash would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function boot(env: Record<string, string>): Promise<INestApplication> {
  const config = loadListeningConfig(env);
  const app = await bootService(AppModule.forRoot(config), {
    service: SERVICE,
    natsUrl: config.NATS_URL,
    subjectPrefix: config.NATS_SUBJECT_PREFIX,
    logger: process.env.LISTENING_TEST_LOGS ? ['error', 'warn'] : false,
  });
  await app.get(AccountEventsConsumer).ready();
  return app;
}

export interface ListeningHarnessOptions {
  env?: Record<string, string>;
  networks?: boolean;
}

export async function startListening(options: ListeningHarnessOptions = {}): Promise<ListeningHarness> {
  const db = await createTestDatabase();
  const prefix = testSubjectPrefix();
  const cleanup: (() => Promise<void>)[] = [() => db.drop()];
  try {
    let sandbox: SandboxNetworks | null = null;
    if (options.networks) {
      const started = await startSandboxNetworks({ latencyMs: 0 });
      sandbox = started;
      cleanup.unshift(() => started.stop());
      const spawned = await spawnClients({ databaseUrl: db.appUrl, subjectPrefix: prefix, poolSize: 4 });
      cleanup.unshift(() => spawned.stop());
    }
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.appUrl,
      DATABASE_POOL_SIZE: '4',
      NATS_URL: testEnvironment().NATS_URL,
      NATS_SUBJECT_PREFIX: prefix,
      HTTP_TIMEOUT_MS: '3000',
      ...(sandbox
        ? { BLUESKY_DEFAULT_PDS_URL: sandbox.endpoints.bluesky, X_API_URL: sandbox.endpoints.x }
        : {}),
      ...options.env,
    };
    let app = await boot(env);
    cleanup.unshift(() => app.close());
    const running = sandbox;
    return {
      env,
      db,
      get app() {
        return app;
      },
      prefix,
      call: (subject, envelope, data) => callerOf(app)(subject, envelope, data),
      get sandbox(): SandboxNetworks {
        if (!running) throw new Error('Start the harness with { networks: true } to reach the emulators');
        return running;
      },
      async publishEvent<T>(subject: string, envelope: Envelope, data: T, occurredAt = new Date()) {
        const id = randomUUID();
        const message: EventMessage<T> = {
          id,
          subject,
          occurredAt: occurredAt.toISOString(),
          envelope,
          data,
        };
        await app
          .get(NatsConnection)
          .jetstream()
          .publish(`${prefix}${subject}`, JSON.stringify(message), { msgID: id });
        return id;
      },
      sql: (text, params) => query(db.superuserUrl, text, params),
      async restart() {
        await app.close();
        app = await boot(env);
      },
      async close() {
        for (const step of cleanup) await step().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const step of cleanup) await step().catch(() => undefined);
    throw error;
  }
}
