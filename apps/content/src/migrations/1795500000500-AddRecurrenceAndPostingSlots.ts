import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

/**
 * Publishing: a post's recurrence (null: it goes out once) and a brand's weekly posting slots (local
 * weekday and time in the brand's timezone), brand-owned with the usual tenant policies.
 */
export class AddRecurrenceAndPostingSlots1795500000500 implements MigrationInterface {
  name = 'AddRecurrenceAndPostingSlots1795500000500';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE content.posts ADD COLUMN recurrence jsonb`);
    await qr.query(`
      CREATE TABLE content.posting_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        local_time text NOT NULL CHECK (local_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT posting_slots_brand_slot_key UNIQUE (agency_id, brand_id, weekday, local_time)
      )`);
    await enableTenantRls(qr, 'content.posting_slots', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.posting_slots');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE content.posting_slots`);
    await qr.query(`ALTER TABLE content.posts DROP COLUMN recurrence`);
  }
}
