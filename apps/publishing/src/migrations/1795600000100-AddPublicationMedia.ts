import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, pg_temp';
const EXTEND_LEASE = 'publishing.extend_lease(p_worker text, p_id uuid, p_lease_seconds integer)';

/**
 * Media: the files each publication has uploaded to its network (`publication_media`, reused by a
 * retry while the network keeps them), the step a failed send stopped at (`failed_step`), the link
 * card a publication carries (`link_card`, from its schedule's target), and `extend_lease`, which
 * keeps a send that uploads and waits for processing longer than a lease from being taken over.
 */
export class AddPublicationMedia1795600000100 implements MigrationInterface {
  name = 'AddPublicationMedia1795600000100';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      ALTER TABLE publishing.publications
        ADD COLUMN link_card jsonb NULL,
        ADD COLUMN failed_step text NULL CHECK (failed_step IN ('upload', 'processing', 'post'))`);
    await qr.query(`
      CREATE TABLE publishing.publication_media (
        publication_id uuid NOT NULL REFERENCES publishing.publications (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        media_id uuid NOT NULL,
        sha256 text NOT NULL,
        network_media_id text NOT NULL,
        expires_at timestamptz NULL,
        data jsonb NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (publication_id, media_id, sha256)
      )`);
    await enableTenantRls(qr, 'publishing.publication_media', { brandColumn: 'brand_id' });
    await qr.query(
      `CREATE POLICY publication_media_definer ON publishing.publication_media FOR ALL TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
    );
    await grantAppAccess(qr, 'publishing.publication_media');
    await qr.query(`
      CREATE FUNCTION ${EXTEND_LEASE} RETURNS boolean LANGUAGE sql VOLATILE ${DEFINER} AS $$
        UPDATE publishing.publications p
           SET lease_until = greatest(p.lease_until, now() + make_interval(secs => p_lease_seconds))
         WHERE p.id = p_id AND p.lease_owner = p_worker AND p.status = 'sending'
        RETURNING true
      $$`);
    await qr.query(`REVOKE ALL ON FUNCTION ${EXTEND_LEASE} FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION ${EXTEND_LEASE} TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION ${EXTEND_LEASE}`);
    await qr.query(`DROP TABLE publishing.publication_media`);
    await qr.query(`ALTER TABLE publishing.publications DROP COLUMN failed_step, DROP COLUMN link_card`);
  }
}
