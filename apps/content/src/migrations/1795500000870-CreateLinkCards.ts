import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

/**
 * The cards links make (Open Graph, Twitter card), read once per brand and address and kept: the
 * composer shows them and the scheduled event carries them. Read again when older than a day at
 * scheduling time. Brand-owned, with the usual tenant policies.
 */
export class CreateLinkCards1795500000870 implements MigrationInterface {
  name = 'CreateLinkCards1795500000870';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.link_cards (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        url text NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2000 AND url ~* '^https?://'),
        title text NOT NULL CHECK (char_length(title) <= 300),
        description text NOT NULL CHECK (char_length(description) <= 1000),
        site_name text CHECK (char_length(site_name) <= 300),
        image_url text CHECK (char_length(image_url) <= 2000),
        thumbnail_media_id uuid,
        fetched_at timestamptz NOT NULL,
        PRIMARY KEY (agency_id, brand_id, url)
      )`);
    await enableTenantRls(qr, 'content.link_cards', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.link_cards');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE content.link_cards`);
  }
}
