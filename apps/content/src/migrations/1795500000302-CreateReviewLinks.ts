import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

/**
 * Client review links. Only the SHA-256 of a link's token is stored. A link names its posts; each post
 * is decided at most once per link (`review_link_posts`), and the link is used up when all are.
 *
 * A link is opened without an account, so before its tenant is known it is reached only through
 * `content.find_review_link(token_hash)` (SECURITY DEFINER, fixed search_path, executable by the app role
 * only), which answers the link's id, agency and brand; everything else is read in a normal tenant
 * transaction for that agency and brand. The table forces row-level security on its owner too, so the
 * owner has a read-only policy for the function.
 */
export class CreateReviewLinks1795500000302 implements MigrationInterface {
  name = 'CreateReviewLinks1795500000302';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.review_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        post_ids uuid[] NOT NULL CHECK (cardinality(post_ids) BETWEEN 1 AND 50),
        recipient_name text NOT NULL CHECK (char_length(recipient_name) BETWEEN 1 AND 120),
        recipient_email text,
        -- The brand as it was when the link was made: the page shows it without asking anyone.
        brand_name text NOT NULL,
        brand_language text NOT NULL,
        brand_timezone text NOT NULL,
        created_by uuid NOT NULL,
        created_by_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        used_at timestamptz,
        CONSTRAINT review_links_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT review_links_token_hash_key UNIQUE (token_hash),
        CONSTRAINT review_links_expiry_check CHECK (expires_at > created_at)
      )`);
    await qr.query(
      `CREATE INDEX review_links_brand_idx ON content.review_links (agency_id, brand_id, created_at DESC)`,
    );
    await enableTenantRls(qr, 'content.review_links', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.review_links', ['SELECT', 'INSERT', 'UPDATE']);
    await qr.query(
      `CREATE POLICY review_links_definer_lookup ON content.review_links FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );

    await qr.query(`
      CREATE TABLE content.review_link_posts (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        link_id uuid NOT NULL,
        post_id uuid NOT NULL,
        decision text CHECK (decision IN ('approve', 'request_changes')),
        decided_at timestamptz,
        PRIMARY KEY (link_id, post_id),
        CONSTRAINT review_link_posts_decided_check CHECK ((decision IS NULL) = (decided_at IS NULL)),
        FOREIGN KEY (agency_id, link_id) REFERENCES content.review_links (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE
      )`);
    await enableTenantRls(qr, 'content.review_link_posts', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.review_link_posts', ['SELECT', 'INSERT', 'UPDATE']);

    await qr.query(`
      CREATE FUNCTION content.find_review_link(p_token_hash bytea)
        RETURNS TABLE (id uuid, agency_id uuid, brand_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ SELECT l.id, l.agency_id, l.brand_id FROM content.review_links l WHERE l.token_hash = p_token_hash $$`);
    await qr.query(`REVOKE ALL ON FUNCTION content.find_review_link(bytea) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION content.find_review_link(bytea) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION content.find_review_link(bytea)`);
    await qr.query(`DROP TABLE content.review_link_posts`);
    await qr.query(`DROP TABLE content.review_links`);
  }
}
