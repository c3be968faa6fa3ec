import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantAppAccess } from '@relais/server-database';
import { createEventTables, dropEventTables } from '@relais/server-events';

/**
 * The transactional outbox and processed-events tables, and the sign-in rate limiter's counters
 * (rate-limiter-flexible's layout), shared by every replica. The counters hold only hashed keys and no
 * tenant data, so they have no row-level security.
 */
export class CreateEventAndLimitTables1795400000004 implements MigrationInterface {
  name = 'CreateEventAndLimitTables1795400000004';

  async up(qr: QueryRunner): Promise<void> {
    await createEventTables(qr, 'clients');
    await qr.query(`
      CREATE TABLE clients.sign_in_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await grantAppAccess(qr, 'clients.sign_in_limits');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE clients.sign_in_limits`);
    await dropEventTables(qr, 'clients');
  }
}
