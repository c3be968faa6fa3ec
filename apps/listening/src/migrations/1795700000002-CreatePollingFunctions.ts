import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@relais/server-database';

/**
 * Polling across agencies: a replica claims the cursors due now (of accounts listened to) under a
 * lease, `FOR UPDATE SKIP LOCKED` so replicas never poll the same surface at once; a lease that ran
 * out (a replica that died mid-poll) is claimed again. Runs as the owner (`SECURITY DEFINER`); what
 * a poll stores then goes through the tenant's own transaction.
 */
export class CreatePollingFunctions1795700000002 implements MigrationInterface {
  name = 'CreatePollingFunctions1795700000002';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE FUNCTION listening.claim_due_cursors(p_worker text, p_lease_seconds integer, p_limit integer)
      RETURNS TABLE (account_id uuid, surface text, agency_id uuid, brand_id uuid, network text,
                     cursor text, failures integer)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        UPDATE listening.source_cursors c
           SET lease_owner = p_worker, lease_until = now() + make_interval(secs => p_lease_seconds)
          FROM listening.sources s
         WHERE s.account_id = c.account_id
           AND (c.account_id, c.surface) IN (
             SELECT d.account_id, d.surface FROM listening.source_cursors d
               JOIN listening.sources a ON a.account_id = d.account_id AND a.status = 'active'
              WHERE d.next_poll_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())
              ORDER BY d.next_poll_at
              LIMIT p_limit
                FOR UPDATE OF d SKIP LOCKED)
        RETURNING c.account_id, c.surface, c.agency_id, c.brand_id, s.network, c.cursor, c.failures
      $$`);
    await qr.query(`REVOKE ALL ON FUNCTION listening.claim_due_cursors(text, integer, integer) FROM PUBLIC`);
    await qr.query(
      `GRANT EXECUTE ON FUNCTION listening.claim_due_cursors(text, integer, integer) TO ${APP_ROLE}`,
    );
    await qr.query(
      `CREATE INDEX source_cursors_lease_idx ON listening.source_cursors (lease_until) WHERE lease_until IS NOT NULL`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP INDEX listening.source_cursors_lease_idx`);
    await qr.query(`DROP FUNCTION listening.claim_due_cursors(text, integer, integer)`);
  }
}
