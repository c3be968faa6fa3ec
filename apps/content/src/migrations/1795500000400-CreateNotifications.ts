import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grantAppAccess, OWNER_ROLE, tenantPolicyExpression } from '@relais/server-database';

const KINDS = `'review_requested', 'changes_requested', 'post_approved', 'post_scheduled', 'mentioned', 'commented'`;
const CURRENT_USER_ID = "nullif(current_setting('app.user_id', true), '')::uuid";

/**
 * In-app notifications, one row per recipient and event, and what the e-mail digest needs.
 *
 * Row-level security: a user reads and marks only their own rows, inside their agency and brand
 * scope; rows are written by the content service's own event consumer for other users, so inserting
 * checks the agency and brand scope only. The digest finds who has something pending across agencies
 * through one narrow SECURITY DEFINER function (ids only), then works in per-recipient tenant
 * transactions.
 */
export class CreateNotifications1795500000400 implements MigrationInterface {
  name = 'CreateNotifications1795500000400';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        recipient_id uuid NOT NULL,
        -- The event that caused it: one notification per event and recipient, whatever redeliveries do.
        event_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        post_id uuid NOT NULL,
        brand_name text NOT NULL DEFAULT '',
        post_title text NOT NULL DEFAULT '',
        actor_id uuid,
        actor_name text,
        excerpt text CHECK (char_length(excerpt) <= 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        CONSTRAINT notifications_event_recipient_key UNIQUE (event_id, recipient_id),
        CONSTRAINT notifications_post_fkey FOREIGN KEY (agency_id, post_id)
          REFERENCES content.posts (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(
      `CREATE INDEX notifications_recipient_idx ON content.notifications (agency_id, recipient_id, created_at DESC, id DESC)`,
    );
    await qr.query(
      `CREATE INDEX notifications_unread_idx ON content.notifications (agency_id, recipient_id) WHERE read_at IS NULL`,
    );
    await qr.query(
      `CREATE INDEX notifications_digest_idx ON content.notifications (created_at) WHERE read_at IS NULL AND emailed_at IS NULL`,
    );
    await qr.query(`CREATE INDEX notifications_post_idx ON content.notifications (agency_id, post_id)`);

    const tenant = tenantPolicyExpression({ brandColumn: 'brand_id' });
    const own = `(${tenant} AND recipient_id = ${CURRENT_USER_ID})`;
    await qr.query(`ALTER TABLE content.notifications ENABLE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE content.notifications FORCE ROW LEVEL SECURITY`);
    await qr.query(`CREATE POLICY notifications_read_own ON content.notifications FOR SELECT USING ${own}`);
    await qr.query(
      `CREATE POLICY notifications_mark_own ON content.notifications FOR UPDATE USING ${own} WITH CHECK ${own}`,
    );
    await qr.query(
      `CREATE POLICY notifications_insert ON content.notifications FOR INSERT WITH CHECK (${tenant})`,
    );
    // The SECURITY DEFINER lookup below runs as the owner, which FORCE ROW LEVEL SECURITY filters too.
    await qr.query(
      `CREATE POLICY notifications_definer_lookup ON content.notifications FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'content.notifications', ['SELECT', 'INSERT', 'UPDATE']);

    await qr.query(`
      CREATE FUNCTION content.pending_digest_recipients(p_grace_seconds integer, p_limit integer)
        RETURNS TABLE (agency_id uuid, recipient_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$
        SELECT DISTINCT n.agency_id, n.recipient_id FROM content.notifications n
         WHERE n.read_at IS NULL AND n.emailed_at IS NULL
           AND n.created_at <= now() - make_interval(secs => p_grace_seconds)
         LIMIT p_limit
      $$`);
    await qr.query(`REVOKE ALL ON FUNCTION content.pending_digest_recipients(integer, integer) FROM PUBLIC`);
    await qr.query(
      `GRANT EXECUTE ON FUNCTION content.pending_digest_recipients(integer, integer) TO ${APP_ROLE}`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION content.pending_digest_recipients(integer, integer)`);
    await qr.query(`DROP TABLE content.notifications`);
  }
}
