import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Envelope, EventMessage } from '@relais/contracts';
import { NatsConnection } from '@relais/server-nats';
import {
  bootService,
  createTestDatabase,
  query,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
} from '@relais/server-testing';
import { AppModule, SERVICE } from '../../src/app.module';
import { loadListeningConfig } from '../../src/config';
import { AccountEventsConsumer } from '../../src/sources/account-events.consumer';

/** Listening booted in the test process on a fresh database and a NATS prefix of its own. */
export interface ListeningHarness {
  readonly env: Record<string, string>;
  readonly db: TestDatabase;
  readonly app: INestApplication;
  readonly prefix: string;
  /** Publishes a domain event as another service's outbox relay would. */
  publishEvent<T>(subject: string, envelope: Envelope, data: T, occurredAt?: Date): Promise<string>;
  /** SQL as the superuser. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startListening(
  options: { env?: Record<string, string> } = {},
): Promise<ListeningHarness> {
  const db = await createTestDatabase();
  const prefix = testSubjectPrefix();
  try {
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.appUrl,
      DATABASE_POOL_SIZE: '4',
      NATS_URL: testEnvironment().NATS_URL,
      NATS_SUBJECT_PREFIX: prefix,
      ...options.env,
    };
    const config = loadListeningConfig(env);
    const app = await bootService(AppModule.forRoot(config), {
      service: SERVICE,
      natsUrl: config.NATS_URL,
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
      logger: process.env.LISTENING_TEST_LOGS ? ['error', 'warn'] : false,
    });
    await app.get(AccountEventsConsumer).ready();
    const nats = app.get(NatsConnection);
    return {
      env,
      db,
      app,
      prefix,
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
      sql: (text, params) => query(db.superuserUrl, text, params),
      async close() {
        await app.close();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop().catch(() => undefined);
    throw error;
  }
}
