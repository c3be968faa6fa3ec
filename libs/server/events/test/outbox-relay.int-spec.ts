import { INestApplication } from '@nestjs/common';
import { EventMessage } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { NatsConnection } from '@relais/server-nats';
import {
  createTestDatabase,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
  waitFor,
} from '@relais/server-testing';
import { randomUUID } from 'node:crypto';
import { connect, NatsConnection as NatsClient, Subscription } from 'nats';
import { deleteEventStream, eventStreamName, Outbox, OutboxRelay } from '../src';
import { OwnNatsServer } from './support/nats-server';
import { envelopeFor, migrateFixture, SCHEMA, sql, startEventsApp } from './support/events-fixture';

/** Every message published on the prefix's event subjects, duplicates included (core NATS sees them all). */
function recordPublications(nc: NatsClient, prefix: string): { messages: EventMessage[]; sub: Subscription } {
  const messages: EventMessage[] = [];
  const sub = nc.subscribe(`${prefix}evt.>`, {
    callback: (_error, msg) => messages.push(msg.json<EventMessage>()),
  });
  return { messages, sub };
}

describe('outbox relay', () => {
  const env = testEnvironment();
  const agencyId = randomUUID();
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateFixture(db.ownerUrl);
  });

  afterAll(async () => {
    await db?.drop();
  });

  const unpublished = async () =>
    Number(
      (
        await sql<{ n: string }>(
          db.superuserUrl,
          `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE published_at IS NULL`,
        )
      )[0].n,
    );

  describe('on the shared NATS', () => {
    const prefix = testSubjectPrefix();
    const apps: INestApplication[] = [];
    let observer: NatsClient;

    beforeAll(async () => {
      observer = await connect({ servers: env.NATS_URL });
      apps.push(await startEventsApp({ appUrl: db.appUrl, natsUrl: env.NATS_URL, subjectPrefix: prefix }));
      apps.push(await startEventsApp({ appUrl: db.appUrl, natsUrl: env.NATS_URL, subjectPrefix: prefix }));
    });

    afterAll(async () => {
      await Promise.all(apps.map((app) => app.close()));
      await deleteEventStream(await observer.jetstreamManager(), prefix);
      await observer.close();
    });

    it('publishes each committed event exactly once, even with two relays racing', async () => {
      const recorded = recordPublications(observer, prefix);
      const [first] = apps;
      const ids = await first
        .get(TenantTransactions)
        .run({ agencyId, userId: null, brandIds: null }, async (m) => {
          const outbox = first.get(Outbox);
          const added: string[] = [];
          for (let i = 0; i < 150; i += 1) {
            added.push(
              await outbox.add(m, {
                subject: 'evt.fixture.thing.created.v1',
                envelope: envelopeFor(agencyId),
                data: { i },
              }),
            );
          }
          return added;
        });
      await Promise.all(apps.map((app) => app.get(OutboxRelay).flush()));
      await waitFor(async () => (await unpublished()) === 0, { description: 'the outbox to drain' });
      await waitFor(() => recorded.messages.length >= 150, { description: '150 publications' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      recorded.sub.unsubscribe();

      expect(recorded.messages).toHaveLength(150);
      expect(new Set(recorded.messages.map((m) => m.id))).toEqual(new Set(ids));
      expect(recorded.messages[0]).toMatchObject({
        subject: 'evt.fixture.thing.created.v1',
        envelope: { agencyId },
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      const jsm = await observer.jetstreamManager();
      expect((await jsm.streams.info(eventStreamName(prefix))).state.messages).toBe(150);
    });

    it('publishes nothing when the transaction rolls back', async () => {
      const recorded = recordPublications(observer, prefix);
      const [first] = apps;
      await expect(
        first.get(TenantTransactions).run({ agencyId, userId: null, brandIds: null }, async (m) => {
          await first
            .get(Outbox)
            .add(m, { subject: 'evt.fixture.thing.created.v1', envelope: envelopeFor(agencyId), data: {} });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      recorded.sub.unsubscribe();
      expect(recorded.messages).toHaveLength(0);
      await expect(
        sql(db.superuserUrl, `SELECT id FROM ${SCHEMA}.outbox WHERE published_at IS NULL`),
      ).resolves.toEqual([]);
    });
  });

  describe('when NATS goes away', () => {
    let server: OwnNatsServer;
    let app: INestApplication;
    const prefix = testSubjectPrefix();

    beforeAll(async () => {
      server = await OwnNatsServer.start();
      app = await startEventsApp({ appUrl: db.appUrl, natsUrl: server.url, subjectPrefix: prefix });
    });

    afterAll(async () => {
      await app?.close();
      await server?.destroy();
    });

    it('keeps the events and publishes them once NATS is back', async () => {
      await server.stop();
      await waitFor(() => !app.get(NatsConnection).isConnected(), { description: 'the disconnection' });
      const ids = await app
        .get(TenantTransactions)
        .run({ agencyId, userId: null, brandIds: null }, async (m) => {
          const outbox = app.get(Outbox);
          return [
            await outbox.add(m, {
              subject: 'evt.fixture.thing.created.v1',
              envelope: envelopeFor(agencyId),
              data: { n: 1 },
            }),
            await outbox.add(m, {
              subject: 'evt.fixture.thing.updated.v1',
              envelope: envelopeFor(agencyId),
              data: { n: 2 },
            }),
          ];
        });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await unpublished()).toBe(2);

      await server.resume();
      await waitFor(async () => (await unpublished()) === 0, {
        timeoutMs: 20_000,
        description: 'the catch-up',
      });

      const observer = await connect({ servers: server.url });
      try {
        const jsm = await observer.jetstreamManager();
        expect((await jsm.streams.info(eventStreamName(prefix))).state.messages).toBe(2);
        const js = observer.jetstream();
        const stored = await Promise.all(
          [1, 2].map(async (seq) =>
            (await jsm.streams.getMessage(eventStreamName(prefix), { seq })).json<EventMessage>(),
          ),
        );
        expect(stored.map((m) => m.id)).toEqual(ids);
        expect(js).toBeDefined();
      } finally {
        await observer.close();
      }
    });
  });
});
