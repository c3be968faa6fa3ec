import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

const NETWORKS = `'mastodon', 'bluesky', 'facebook_page', 'linkedin', 'x'`;
const ACCOUNT_STATUSES = `'connected', 'needs_reconnection', 'disconnected'`;

/**
 * Brands, community managers' brand assignments and connected social accounts. Brand-owned rows
 * reference their brand through (agency_id, brand_id), so a row can never point at another agency's brand.
 */
export class CreateBrandTables1795400000001 implements MigrationInterface {
  name = 'CreateBrandTables1795400000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE clients.brands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        slug text NOT NULL,
        timezone text NOT NULL,
        default_language text NOT NULL CHECK (default_language IN ('fr', 'en')),
        target_markets text[] NOT NULL DEFAULT '{}',
        guidelines jsonb NOT NULL DEFAULT '{"toneNotes": "", "requiredHashtags": [], "bannedWords": []}',
        archived_at timestamptz,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT brands_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT brands_agency_slug_key UNIQUE (agency_id, slug)
      )`);
    await qr.query(`
      CREATE UNIQUE INDEX brands_agency_idempotency_key ON clients.brands (agency_id, idempotency_key)
        WHERE idempotency_key IS NOT NULL`);
    await qr.query(`CREATE INDEX brands_agency_name_idx ON clients.brands (agency_id, lower(name), id)`);
    await enableTenantRls(qr, 'clients.brands', { brandColumn: 'id' });
    await grantAppAccess(qr, 'clients.brands');

    await qr.query(`
      ALTER TABLE clients.memberships
        ADD CONSTRAINT memberships_brand_fkey FOREIGN KEY (agency_id, brand_id)
        REFERENCES clients.brands (agency_id, id) ON DELETE CASCADE`);

    await qr.query(`
      CREATE TABLE clients.brand_assignments (
        agency_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (membership_id, brand_id),
        FOREIGN KEY (agency_id, membership_id) REFERENCES clients.memberships (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, brand_id) REFERENCES clients.brands (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(
      `CREATE INDEX brand_assignments_agency_brand_idx ON clients.brand_assignments (agency_id, brand_id)`,
    );
    // The agency's assignments, plus a user's own (to build their brand scope when they sign in).
    await qr.query(`ALTER TABLE clients.brand_assignments ENABLE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE clients.brand_assignments FORCE ROW LEVEL SECURITY`);
    await qr.query(`
      CREATE POLICY brand_assignments_agency ON clients.brand_assignments
        USING (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
        WITH CHECK (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)`);
    await qr.query(`
      CREATE POLICY brand_assignments_own ON clients.brand_assignments FOR SELECT
        USING (membership_id IN (SELECT m.id FROM clients.memberships m
                                 WHERE m.user_id = nullif(current_setting('app.user_id', true), '')::uuid))`);
    await grantAppAccess(qr, 'clients.brand_assignments');

    await qr.query(`
      CREATE TABLE clients.social_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        network text NOT NULL CHECK (network IN (${NETWORKS})),
        handle text NOT NULL,
        external_id text NOT NULL,
        display_name text,
        instance_url text,
        credentials_ciphertext bytea,
        credentials_iv bytea,
        credentials_tag bytea,
        credentials_key_id text,
        token_expires_at timestamptz,
        status text NOT NULL CHECK (status IN (${ACCOUNT_STATUSES})),
        status_reason text,
        connected_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        disconnected_at timestamptz,
        idempotency_key text,
        FOREIGN KEY (agency_id, brand_id) REFERENCES clients.brands (agency_id, id) ON DELETE CASCADE,
        CONSTRAINT social_accounts_disconnected_check CHECK ((status = 'disconnected') = (disconnected_at IS NOT NULL)),
        CONSTRAINT social_accounts_credentials_check CHECK (
          status = 'disconnected' OR (credentials_ciphertext IS NOT NULL AND credentials_iv IS NOT NULL
                                     AND credentials_tag IS NOT NULL AND credentials_key_id IS NOT NULL))
      )`);
    await qr.query(`
      CREATE UNIQUE INDEX social_accounts_live_key ON clients.social_accounts (brand_id, network, external_id)
        WHERE disconnected_at IS NULL`);
    await qr.query(`
      CREATE UNIQUE INDEX social_accounts_agency_idempotency_key ON clients.social_accounts (agency_id, idempotency_key)
        WHERE idempotency_key IS NOT NULL`);
    await qr.query(`
      CREATE INDEX social_accounts_agency_brand_idx
        ON clients.social_accounts (agency_id, brand_id, network, lower(handle), id)`);
    await enableTenantRls(qr, 'clients.social_accounts', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'clients.social_accounts');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE clients.social_accounts`);
    await qr.query(`DROP TABLE clients.brand_assignments`);
    await qr.query(`ALTER TABLE clients.memberships DROP CONSTRAINT memberships_brand_fkey`);
    await qr.query(`DROP TABLE clients.brands`);
  }
}
