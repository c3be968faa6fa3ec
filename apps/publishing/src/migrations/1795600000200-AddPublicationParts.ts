import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

/**
 * Threads: the parts a publication posts after its text (`thread_parts`, from its schedule's target),
 * and each part's progress (`publication_parts`: the network's id the moment it is known), so that a
 * retry resumes at the first part not posted and never posts one twice.
 */
export class AddPublicationParts1795600000200 implements MigrationInterface {
  name = 'AddPublicationParts1795600000200';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE publishing.publications ADD COLUMN thread_parts jsonb NOT NULL DEFAULT '[]'`);
    await qr.query(`
      CREATE TABLE publishing.publication_parts (
        publication_id uuid NOT NULL REFERENCES publishing.publications (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        index integer NOT NULL CHECK (index >= 0),
        external_id text NOT NULL,
        external_url text NULL,
        cid text NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (publication_id, index)
      )`);
    await enableTenantRls(qr, 'publishing.publication_parts', { brandColumn: 'brand_id' });
    await qr.query(
      `CREATE POLICY publication_parts_definer ON publishing.publication_parts FOR ALL TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
    );
    await grantAppAccess(qr, 'publishing.publication_parts');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE publishing.publication_parts`);
    await qr.query(`ALTER TABLE publishing.publications DROP COLUMN thread_parts`);
  }
}
