import { MigrationInterface, QueryRunner } from 'typeorm';
import { createServiceSchema, enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

const ROLES = `'owner', 'admin', 'account_manager', 'community_manager', 'analyst', 'brand_approver', 'brand_viewer'`;
const LOCALES = `'fr', 'en'`;

/**
 * Agencies (the tenants), users (global identities) and memberships (a user's role in an agency).
 *
 * Users carry no agency: a user sees their own row, and the rows of the members of the agency they act
 * in. E-mail lookups before sign-in go through SECURITY DEFINER functions (see AddAuthLookupFunctions),
 * so the application role can never list every user. Those functions run as the owner role, which
 * FORCE ROW LEVEL SECURITY also filters: the owner gets a read-only policy of its own.
 */
export class CreateIdentityTables1795400000000 implements MigrationInterface {
  name = 'CreateIdentityTables1795400000000';

  async up(qr: QueryRunner): Promise<void> {
    await createServiceSchema(qr, 'clients');

    await qr.query(`
      CREATE TABLE clients.agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        slug text NOT NULL CONSTRAINT agencies_slug_key UNIQUE,
        default_locale text NOT NULL CHECK (default_locale IN (${LOCALES})),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await qr.query(`
      CREATE TABLE clients.users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        password_hash text NOT NULL,
        locale text NOT NULL CHECK (locale IN (${LOCALES})),
        last_agency_id uuid REFERENCES clients.agencies (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`CREATE UNIQUE INDEX users_email_key ON clients.users (lower(email))`);

    await qr.query(`
      CREATE TABLE clients.memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES clients.users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN (${ROLES})),
        brand_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_agency_user_key UNIQUE (agency_id, user_id),
        CONSTRAINT memberships_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT memberships_brand_role_check
          CHECK ((role IN ('brand_approver', 'brand_viewer')) = (brand_id IS NOT NULL))
      )`);
    await qr.query(`CREATE INDEX memberships_user_idx ON clients.memberships (user_id)`);
    await qr.query(`CREATE INDEX memberships_agency_role_idx ON clients.memberships (agency_id, role)`);

    // Memberships: the agency's own, plus a user's own memberships in every agency (to sign in and switch).
    await enableTenantRls(qr, 'clients.memberships', { userColumn: 'user_id' });
    await grantAppAccess(qr, 'clients.memberships');

    // Agencies: the current one, and every agency the acting user belongs to.
    await qr.query(`ALTER TABLE clients.agencies ENABLE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE clients.agencies FORCE ROW LEVEL SECURITY`);
    await qr.query(`
      CREATE POLICY agencies_member_access ON clients.agencies
        USING (
          id = nullif(current_setting('app.agency_id', true), '')::uuid
          OR id IN (SELECT m.agency_id FROM clients.memberships m
                    WHERE m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)
        )
        WITH CHECK (id = nullif(current_setting('app.agency_id', true), '')::uuid)`);
    await qr.query(
      `CREATE POLICY agencies_definer_lookup ON clients.agencies FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'clients.agencies');

    // Users: read yourself and the members of the current agency; write only yourself.
    await qr.query(`ALTER TABLE clients.users ENABLE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE clients.users FORCE ROW LEVEL SECURITY`);
    await qr.query(`
      CREATE POLICY users_self ON clients.users
        USING (id = nullif(current_setting('app.user_id', true), '')::uuid)
        WITH CHECK (id = nullif(current_setting('app.user_id', true), '')::uuid)`);
    await qr.query(`
      CREATE POLICY users_agency_members ON clients.users FOR SELECT
        USING (id IN (SELECT m.user_id FROM clients.memberships m
                      WHERE m.agency_id = nullif(current_setting('app.agency_id', true), '')::uuid))`);
    await qr.query(
      `CREATE POLICY users_definer_lookup ON clients.users FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'clients.users');
  }

  async down(qr: QueryRunner): Promise<void> {
    // In one statement: the agencies and users policies read memberships.
    await qr.query(`DROP TABLE clients.memberships, clients.users, clients.agencies`);
  }
}
