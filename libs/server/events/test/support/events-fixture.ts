import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Envelope } from '@relais/contracts';
import {
  createServiceSchema,
  DatabaseModule,
  enableTenantRls,
  grantAppAccess,
  runMigrations,
} from '@relais/server-database';
import { NatsModule } from '@relais/server-nats';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, EventsModule } from '../../src';

export const SCHEMA = 'evtfix';

class CreateEventFixture1700000000000 implements MigrationInterface {
  name = 'CreateEventFixture1700000000000';

  async up(qr: QueryRunner): Promise<void> {
    await createServiceSchema(qr, SCHEMA);
    await createEventTables(qr, SCHEMA);
    await qr.query(`CREATE TABLE ${SCHEMA}.effects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL,
      event_id uuid NOT NULL)`);
    await enableTenantRls(qr, `${SCHEMA}.effects`);
    await grantAppAccess(qr, `${SCHEMA}.effects`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
  }
}

/** The fixture schema: outbox, processed events, and a tenant table handlers write their effect to. */
export async function migrateFixture(ownerUrl: string): Promise<void> {
  await runMigrations({ url: ownerUrl, schema: SCHEMA, migrations: [CreateEventFixture1700000000000] });
}

/** A service with the events module on the given database and NATS server. */
export async function startEventsApp(options: {
  appUrl: string;
  natsUrl: string;
  subjectPrefix: string;
}): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      DatabaseModule.forRoot({
        url: options.appUrl,
        schema: SCHEMA,
        entities: [],
        migrations: [],
        poolSize: 4,
        applicationName: 'events-test',
      }),
      NatsModule.forRoot({ url: options.natsUrl, service: 'fixture', subjectPrefix: options.subjectPrefix }),
      EventsModule.forRoot({ schema: SCHEMA, subjectPrefix: options.subjectPrefix }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  await app.init();
  return app;
}

export function envelopeFor(agencyId: string): Envelope {
  return { agencyId, userId: null, role: null, brandIds: null, correlationId: randomUUID() };
}

/** Runs SQL as the superuser (sees every row). */
export async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
