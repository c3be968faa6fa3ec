import { INestApplication } from '@nestjs/common';
import { EventMessage } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import {
  createTestDatabase,
  TestDatabase,
  testEnvironment,
  testSubjectPrefix,
  waitFor,
} from '@relais/server-testing';
import { randomUUID } from 'node:crypto';
import { connect, NatsConnection as NatsClient } from 'nats';
import { EntityManager } from 'typeorm';
import { deleteEventStream, EventConsumer, EventStreamSetup, Outbox } from '../src';
import { envelopeFor, migrateFixture, SCHEMA, sql, startEventsApp } from './support/events-fixture';
import { OwnNatsServer } from './support/nats-server';

describe('event consumer', () => {
  const env = testEnvironment();
  const prefix = testSubjectPrefix();
  const agencyId = randomUUID();
  let db: TestDatabase;
  let app: INestApplication;
  let nc: NatsClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateFixture(db.ownerUrl);
    app = await startEventsApp({ appUrl: db.appUrl, natsUrl: env.NATS_URL, subjectPrefix: prefix });
    await app.get(EventStreamSetup).ready();
    nc = await connect({ servers: env.NATS_URL });
  });

  afterAll(async () => {
    await app?.close();
    if (nc) {
      await deleteEventStream(await nc.jetstreamManager(), prefix);
      await nc.close();
    }
    await db?.drop();
  });

  /** Writes the handler's effect in its transaction: a tenant table, so the tenant must be set. */
  const recordEffect = (event: EventMessage, m: EntityManager) =>
    m.query(`INSERT INTO ${SCHEMA}.effects (agency_id, event_id) VALUES ($1, $2)`, [
      event.envelope.agencyId,
      event.id,
    ]);

  const effectsOf = async (eventId: string) =>
    (
      await sql<{ agency_id: string }>(
        db.superuserUrl,
        `SELECT agency_id FROM ${SCHEMA}.effects WHERE event_id = $1`,
        [eventId],
      )
    ).length;

  function publish(subject: string, event: EventMessage, msgID: string) {
    return nc.jetstream().publish(`${prefix}${subject}`, JSON.stringify(event), { msgID });
  }

  function eventOf(subject: string): EventMessage {
    return {
      id: randomUUID(),
      subject,
      occurredAt: new Date().toISOString(),
      envelope: envelopeFor(agencyId),
      data: {},
    };
  }

  it('handles an event from the outbox once, in the tenant of its envelope', async () => {
    const handled: EventMessage[] = [];
    const subscription = app.get(EventConsumer).subscribe({
      durable: 'effects-on-created',
      filterSubject: 'evt.fixture.thing.created.v1',
      handle: async (event, m) => {
        handled.push(event);
        await recordEffect(event, m);
      },
    });
    await subscription.ready;
    const id = await app.get(TenantTransactions).run({ agencyId, userId: null, brandIds: null }, (m) =>
      app.get(Outbox).add(m, {
        subject: 'evt.fixture.thing.created.v1',
        envelope: envelopeFor(agencyId),
        data: { name: 'x' },
      }),
    );
    await waitFor(async () => (await effectsOf(id)) === 1, { description: 'the effect' });
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({ id, data: { name: 'x' }, envelope: { agencyId } });
    await subscription.stop();
  });

  it('changes nothing when the same event is delivered again', async () => {
    const subscription = app.get(EventConsumer).subscribe({
      durable: 'effects-on-redelivered',
      filterSubject: 'evt.fixture.thing.redelivered.v1',
      handle: recordEffect,
    });
    await subscription.ready;
    const event = eventOf('evt.fixture.thing.redelivered.v1');
    await publish(event.subject, event, randomUUID());
    await publish(event.subject, event, randomUUID());
    const marker = eventOf('evt.fixture.thing.redelivered.v1');
    await publish(marker.subject, marker, randomUUID());
    await waitFor(async () => (await effectsOf(marker.id)) === 1, { description: 'the marker effect' });
    expect(await effectsOf(event.id)).toBe(1);
    await subscription.stop();
  });

  it('retries a failing handler and keeps only the successful attempt', async () => {
    let attempts = 0;
    const subscription = app.get(EventConsumer).subscribe({
      durable: 'effects-on-flaky',
      filterSubject: 'evt.fixture.thing.flaky.v1',
      handle: async (event, m) => {
        attempts += 1;
        await recordEffect(event, m);
        if (attempts === 1) throw new Error('downstream hiccup');
      },
    });
    await subscription.ready;
    const event = eventOf('evt.fixture.thing.flaky.v1');
    await publish(event.subject, event, event.id);
    await waitFor(async () => (await effectsOf(event.id)) === 1, {
      timeoutMs: 15_000,
      description: 'the retried effect',
    });
    expect(attempts).toBe(2);
    await subscription.stop();
  });

  it('gives up after maxDeliver attempts without effect', async () => {
    let attempts = 0;
    const subscription = app.get(EventConsumer).subscribe({
      durable: 'effects-on-poison',
      filterSubject: 'evt.fixture.thing.poison.v1',
      maxDeliver: 2,
      handle: async (event, m) => {
        attempts += 1;
        await recordEffect(event, m);
        throw new Error('cannot ever work');
      },
    });
    await subscription.ready;
    const event = eventOf('evt.fixture.thing.poison.v1');
    await publish(event.subject, event, event.id);
    await waitFor(() => attempts >= 2, { timeoutMs: 15_000, description: 'two attempts' });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(attempts).toBe(2);
    expect(await effectsOf(event.id)).toBe(0);
    const info = await (
      await nc.jetstreamManager()
    ).consumers.info(app.get(EventConsumer).streamName(), 'effects-on-poison');
    expect(info.num_ack_pending).toBe(0);
    await subscription.stop();
  });

  it('resumes a durable consumer where it left off', async () => {
    const seen: string[] = [];
    const options = {
      durable: 'effects-on-resumed',
      filterSubject: 'evt.fixture.thing.resumed.v1',
      handle: async (event: EventMessage) => {
        seen.push(event.id);
      },
    };
    const first = app.get(EventConsumer).subscribe(options);
    await first.ready;
    const before = eventOf('evt.fixture.thing.resumed.v1');
    await publish(before.subject, before, before.id);
    await waitFor(() => seen.length === 1, { description: 'the first event' });
    await first.stop();
    const during = eventOf('evt.fixture.thing.resumed.v1');
    await publish(during.subject, during, during.id);
    const second = app.get(EventConsumer).subscribe(options);
    await waitFor(() => seen.length === 2, { description: 'the event sent while stopped' });
    expect(seen).toEqual([before.id, during.id]);
    await second.stop();
  });

  it('keeps consuming after NATS restarts', async () => {
    // A database of its own too: a relay publishes every row of its schema's outbox.
    const ownDb = await createTestDatabase();
    await migrateFixture(ownDb.ownerUrl);
    const server = await OwnNatsServer.start();
    const own = await startEventsApp({
      appUrl: ownDb.appUrl,
      natsUrl: server.url,
      subjectPrefix: testSubjectPrefix(),
    });
    const ownEffects = async (eventId: string) =>
      (await sql(ownDb.superuserUrl, `SELECT 1 FROM ${SCHEMA}.effects WHERE event_id = $1`, [eventId]))
        .length;
    const outbox = own.get(Outbox);
    const write = () =>
      own.get(TenantTransactions).run({ agencyId, userId: null, brandIds: null }, (m) =>
        outbox.add(m, {
          subject: 'evt.fixture.thing.restarted.v1',
          envelope: envelopeFor(agencyId),
          data: {},
        }),
      );
    try {
      const subscription = own.get(EventConsumer).subscribe({
        durable: 'effects-on-restarted',
        filterSubject: 'evt.fixture.thing.restarted.v1',
        handle: recordEffect,
      });
      await subscription.ready;
      const first = await write();
      await waitFor(async () => (await ownEffects(first)) === 1, {
        description: 'the effect before the restart',
      });
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await server.resume();
      const second = await write();
      await waitFor(async () => (await ownEffects(second)) === 1, {
        timeoutMs: 30_000,
        description: 'the effect after the restart',
      });
      await subscription.stop();
    } finally {
      await own.close();
      await server.destroy();
      await ownDb.drop();
    }
  });
});
