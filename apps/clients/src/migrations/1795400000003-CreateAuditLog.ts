import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

/**
 * The agency's audit log. The actor's name is copied into the row so that the entry still says who
 * acted after that person left the agency.
 */
export class CreateAuditLog1795400000003 implements MigrationInterface {
  name = 'CreateAuditLog1795400000003';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE clients.audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        actor_user_id uuid,
        actor_name text,
        action text NOT NULL,
        target_type text,
        target_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        ip inet,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await qr.query(
      `CREATE INDEX audit_log_agency_created_idx ON clients.audit_log (agency_id, created_at DESC, id DESC)`,
    );
    await qr.query(
      `CREATE INDEX audit_log_agency_action_idx ON clients.audit_log (agency_id, action, created_at DESC, id DESC)`,
    );
    await enableTenantRls(qr, 'clients.audit_log');
    // Append-only for the service: entries are never changed or removed.
    await grantAppAccess(qr, 'clients.audit_log', ['SELECT', 'INSERT']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE clients.audit_log`);
  }
}
