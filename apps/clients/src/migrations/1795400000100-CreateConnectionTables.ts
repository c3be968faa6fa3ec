import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

/**
 * Connecting accounts the networks' own way.
 *
 * - `connection_attempts`: one OAuth round trip, brand-owned (row-level security on agency and brand).
 *   The state is kept as its SHA-256 only, the PKCE verifier and the candidates' tokens sealed with the
 *   credentials cipher. `consumed_at` makes a code usable once.
 * - `connect_links`: a brand's link for a person without an agency login; the token is kept as its
 *   SHA-256 only. `find_connect_link` (SECURITY DEFINER) answers which link a token is, before a tenant
 *   is known.
 * - `mastodon_apps`: the app Relais registered on each Mastodon instance (not a tenant's: one per
 *   instance, reused by every agency), its client secret sealed.
 */
export class CreateConnectionTables1795400000100 implements MigrationInterface {
  name = 'CreateConnectionTables1795400000100';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE clients.connect_links (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        brand_id uuid NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        networks text[] NOT NULL,
        recipient_email text,
        created_by uuid REFERENCES clients.users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT connect_links_brand_fkey FOREIGN KEY (agency_id, brand_id)
          REFERENCES clients.brands (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(
      `CREATE INDEX connect_links_brand_idx ON clients.connect_links (agency_id, brand_id, created_at)`,
    );
    await enableTenantRls(qr, 'clients.connect_links', { brandColumn: 'brand_id' });
    // The owner is under the forced policy too: `find_connect_link` (owner's rights) reads by token hash.
    await qr.query(
      `CREATE POLICY connect_links_definer_lookup ON clients.connect_links FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'clients.connect_links');

    await qr.query(`
      CREATE TABLE clients.connection_attempts (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        brand_id uuid NOT NULL,
        network text NOT NULL,
        origin text NOT NULL CHECK (origin IN ('agency', 'link')),
        started_by_user_id uuid REFERENCES clients.users (id) ON DELETE SET NULL,
        started_by_link_id uuid REFERENCES clients.connect_links (id) ON DELETE CASCADE,
        instance_url text,
        redirect_uri text NOT NULL,
        state_hash bytea NOT NULL UNIQUE,
        code_verifier_sealed text NOT NULL,
        scopes text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('awaiting_consent', 'choosing', 'connected', 'failed')),
        account_id uuid,
        share boolean NOT NULL DEFAULT false,
        candidates jsonb NOT NULL DEFAULT '[]'::jsonb,
        account_ids uuid[] NOT NULL DEFAULT '{}',
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        completed_at timestamptz,
        CONSTRAINT connection_attempts_brand_fkey FOREIGN KEY (agency_id, brand_id)
          REFERENCES clients.brands (agency_id, id) ON DELETE CASCADE,
        CONSTRAINT connection_attempts_starter_check CHECK (
          (origin = 'agency' AND started_by_link_id IS NULL) OR
          (origin = 'link' AND started_by_link_id IS NOT NULL AND started_by_user_id IS NULL))
      )`);
    await qr.query(
      `CREATE INDEX connection_attempts_brand_idx ON clients.connection_attempts (agency_id, brand_id, created_at)`,
    );
    await enableTenantRls(qr, 'clients.connection_attempts', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'clients.connection_attempts');

    await qr.query(`
      CREATE TABLE clients.mastodon_apps (
        instance_url text PRIMARY KEY,
        client_id text NOT NULL,
        client_secret_sealed text NOT NULL,
        redirect_uris text[] NOT NULL,
        scopes text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await grantAppAccess(qr, 'clients.mastodon_apps', ['SELECT', 'INSERT', 'UPDATE']);

    await qr.query(`
      CREATE FUNCTION clients.find_connect_link(p_token_hash bytea)
        RETURNS TABLE (id uuid, agency_id uuid, brand_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ SELECT l.id, l.agency_id, l.brand_id FROM clients.connect_links l WHERE l.token_hash = p_token_hash $$`);
    await qr.query(`REVOKE ALL ON FUNCTION clients.find_connect_link(bytea) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION clients.find_connect_link(bytea) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION clients.find_connect_link(bytea)`);
    await qr.query(`DROP TABLE clients.mastodon_apps`);
    await qr.query(`DROP TABLE clients.connection_attempts`);
    await qr.query(`DROP TABLE clients.connect_links`);
  }
}
