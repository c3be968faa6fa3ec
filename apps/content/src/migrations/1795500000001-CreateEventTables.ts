import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@relais/server-events';

/** The transactional outbox and the processed-events record of the content service. */
export class CreateEventTables1795500000001 implements MigrationInterface {
  name = 'CreateEventTables1795500000001';

  async up(qr: QueryRunner): Promise<void> {
    await createEventTables(qr, 'content');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropEventTables(qr, 'content');
  }
}
