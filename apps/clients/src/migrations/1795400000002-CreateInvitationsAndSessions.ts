import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

const ROLES = `'owner', 'admin', 'account_manager', 'community_manager', 'analyst', 'brand_approver', 'brand_viewer'`;

/**
 * Invitations (found by token hash through a SECURITY DEFINER function, then read in their agency's
 * transaction) and sessions (refresh token families).
 */
export class CreateInvitationsAndSessions1795400000002 implements MigrationInterface {
  name = 'CreateInvitationsAndSessions1795400000002';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE clients.invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN (${ROLES})),
        brand_ids uuid[] NOT NULL DEFAULT '{}',
        locale text NOT NULL CHECK (locale IN ('fr', 'en')),
        token_hash bytea NOT NULL CONSTRAINT invitations_token_hash_key UNIQUE,
        token_sealed text NOT NULL,
        invited_by uuid REFERENCES clients.users (id) ON DELETE SET NULL,
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'revoked', 'expired')),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES clients.users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`
      CREATE UNIQUE INDEX invitations_pending_email_key ON clients.invitations (agency_id, email)
        WHERE status = 'pending'`);
    await qr.query(`
      CREATE UNIQUE INDEX invitations_agency_idempotency_key ON clients.invitations (agency_id, idempotency_key)
        WHERE idempotency_key IS NOT NULL`);
    await qr.query(
      `CREATE INDEX invitations_agency_created_idx ON clients.invitations (agency_id, created_at DESC, id DESC)`,
    );
    await enableTenantRls(qr, 'clients.invitations');
    await qr.query(
      `CREATE POLICY invitations_definer_lookup ON clients.invitations FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'clients.invitations');

    await qr.query(`
      CREATE TABLE clients.sessions (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES clients.users (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        secret_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        ip inet,
        user_agent text
      )`);
    await qr.query(`CREATE INDEX sessions_family_idx ON clients.sessions (family_id)`);
    await qr.query(`CREATE INDEX sessions_user_idx ON clients.sessions (user_id)`);
    await qr.query(
      `CREATE INDEX sessions_agency_user_idx ON clients.sessions (agency_id, user_id) WHERE revoked_at IS NULL`,
    );
    // A user's own sessions; an agency's managers also reach the sessions opened in their agency, to end
    // them when they remove a member.
    await enableTenantRls(qr, 'clients.sessions', { userColumn: 'user_id' });
    await qr.query(
      `CREATE POLICY sessions_definer_lookup ON clients.sessions FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'clients.sessions');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE clients.sessions`);
    await qr.query(`DROP TABLE clients.invitations`);
  }
}
