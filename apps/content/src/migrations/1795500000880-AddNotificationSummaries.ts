import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A failed post's notification keeps the outcome's figures (counts, network, failure code, the
 * network's own words) beside its English excerpt, for the console to say it in the reader's language.
 */
export class AddNotificationSummaries1795500000880 implements MigrationInterface {
  name = 'AddNotificationSummaries1795500000880';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE content.notifications ADD COLUMN summary jsonb`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE content.notifications DROP COLUMN summary`);
  }
}
