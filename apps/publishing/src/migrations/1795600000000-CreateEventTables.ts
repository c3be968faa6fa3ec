import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@relais/server-events';
import { createServiceSchema } from '@relais/server-database';

/** The publishing schema, its transactional outbox and its processed-events record. */
export class CreateEventTables1795600000000 implements MigrationInterface {
  name = 'CreateEventTables1795600000000';

  async up(qr: QueryRunner): Promise<void> {
    await createServiceSchema(qr, 'publishing');
    await createEventTables(qr, 'publishing');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropEventTables(qr, 'publishing');
  }
}
