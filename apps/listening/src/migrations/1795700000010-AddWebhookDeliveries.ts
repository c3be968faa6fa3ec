import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@relais/server-database';

/**
 * Webhooks: each account's id on its network (a Facebook page id), to find whose a delivery is, and
 * the deliveries themselves, kept as received before they are answered, so a delivery acknowledged
 * is never lost, whatever happens to its processing. Deliveries belong to no agency until they are
 * read: the table is the service's own (no tenant policy, like the outbox); finding the accounts of a
 * page across agencies goes through `sources_on_network` (`SECURITY DEFINER`).
 */
export class AddWebhookDeliveries1795700000010 implements MigrationInterface {
  name = 'AddWebhookDeliveries1795700000010';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE listening.sources ADD COLUMN external_id text NULL`);
    await qr.query(`CREATE INDEX sources_external_idx ON listening.sources (network, external_id)`);
    await qr.query(`
      CREATE TABLE listening.webhook_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        network text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text NULL,
        processed_at timestamptz NULL
      )`);
    await qr.query(
      `CREATE INDEX webhook_deliveries_pending_idx ON listening.webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await qr.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON listening.webhook_deliveries TO ${APP_ROLE}`);
    await qr.query(`
      CREATE FUNCTION listening.sources_on_network(p_network text, p_external_ids text[])
      RETURNS TABLE (account_id uuid, agency_id uuid, brand_id uuid, external_id text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT s.account_id, s.agency_id, s.brand_id, s.external_id FROM listening.sources s
         WHERE s.network = p_network AND s.external_id = ANY(p_external_ids) AND s.status = 'active'
      $$`);
    await qr.query(`REVOKE ALL ON FUNCTION listening.sources_on_network(text, text[]) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION listening.sources_on_network(text, text[]) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION listening.sources_on_network(text, text[])`);
    await qr.query(`DROP TABLE listening.webhook_deliveries`);
    await qr.query(`DROP INDEX listening.sources_external_idx`);
    await qr.query(`ALTER TABLE listening.sources DROP COLUMN external_id`);
  }
}
