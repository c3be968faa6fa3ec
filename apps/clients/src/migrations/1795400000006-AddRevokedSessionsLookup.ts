import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@relais/server-database';

/**
 * Which sessions (refresh-token families) were revoked after an instant, across agencies: what a
 * gateway replica loads at start so that it refuses their access tokens. Session ids and instants
 * only, a page at a time (keyset on the instant, then the id), through a SECURITY DEFINER function.
 */
export class AddRevokedSessionsLookup1795400000006 implements MigrationInterface {
  name = 'AddRevokedSessionsLookup1795400000006';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      `CREATE INDEX sessions_revoked_idx ON clients.sessions (revoked_at) WHERE revoked_at IS NOT NULL`,
    );
    await qr.query(`
      CREATE FUNCTION clients.revoked_sessions_since(p_since timestamptz, p_after uuid, p_limit integer)
        RETURNS TABLE (session_id uuid, revoked_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$
        SELECT r.session_id, r.revoked_at
          FROM (SELECT s.family_id AS session_id, max(s.revoked_at) AS revoked_at
                  FROM clients.sessions s
                 WHERE s.revoked_at >= p_since
                 GROUP BY s.family_id) r
         WHERE (r.revoked_at, r.session_id) > (p_since, p_after)
         ORDER BY r.revoked_at, r.session_id
         LIMIT p_limit
      $$`);
    await qr.query(
      `REVOKE ALL ON FUNCTION clients.revoked_sessions_since(timestamptz, uuid, integer) FROM PUBLIC`,
    );
    await qr.query(
      `GRANT EXECUTE ON FUNCTION clients.revoked_sessions_since(timestamptz, uuid, integer) TO ${APP_ROLE}`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION clients.revoked_sessions_since(timestamptz, uuid, integer)`);
    await qr.query(`DROP INDEX clients.sessions_revoked_idx`);
  }
}
