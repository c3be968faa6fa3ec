import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@relais/server-events';
import { createServiceSchema } from '@relais/server-database';

/** The listening schema, its transactional outbox and its processed-events record. */
export class CreateEventTables1795700000000 implements MigrationInterface {
  name = 'CreateEventTables1795700000000';

  async up(qr: QueryRunner): Promise<void> {
    await createServiceSchema(qr, 'listening');
    await createEventTables(qr, 'listening');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropEventTables(qr, 'listening');
  }
}
