import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

const KINDS = `'mention', 'comment', 'reply', 'message', 'post'`;
const SENTIMENTS = `'positive', 'neutral', 'negative'`;
const TABLES = ['sources', 'source_cursors', 'items'];

/**
 * What listening keeps: the connected accounts it listens through (from the clients service's
 * events) with a cursor per surface polled (notifications, mentions, comments...), and the items
 * heard, each stored once per brand (network + the network's id), partitioned by month of
 * publication so that retention drops whole months. Brand-scoped row-level security on every table.
 *
 * Partitions are made by `listening.ensure_item_partitions`, which runs as the owner: each new
 * month gets the parent's policies and no privilege of the app role of its own, so rows are only
 * ever reached through `listening.items` and its policy.
 */
export class CreateListeningTables1795700000001 implements MigrationInterface {
  name = 'CreateListeningTables1795700000001';

  async up(qr: QueryRunner): Promise<void> {
    // A trusted extension: the database owner may create it (the bootstrap also does, as superuser).
    await qr.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);

    await qr.query(`
      CREATE TABLE listening.sources (
        account_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        network text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'needs_reconnection', 'disconnected')),
        -- occurredAt of the clients event applied last (a late, older event changes nothing).
        applied_event_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`CREATE INDEX sources_brand_idx ON listening.sources (agency_id, brand_id)`);

    await qr.query(`
      CREATE TABLE listening.source_cursors (
        account_id uuid NOT NULL REFERENCES listening.sources (account_id) ON DELETE CASCADE,
        surface text NOT NULL,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        -- The network's own cursor (a since_id, a pagination token, a timestamp), opaque here.
        cursor text NULL,
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        polled_at timestamptz NULL,
        failures integer NOT NULL DEFAULT 0,
        last_error text NULL,
        lease_owner text NULL,
        lease_until timestamptz NULL,
        PRIMARY KEY (account_id, surface)
      )`);
    await qr.query(`CREATE INDEX source_cursors_due_idx ON listening.source_cursors (next_poll_at)`);

    await qr.query(`
      CREATE TABLE listening.items (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        network text NOT NULL,
        external_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        -- The brand's account the item was heard through (null: public listening).
        account_id uuid NULL,
        -- Items of one conversation (a comment thread, a mention and its replies) share it.
        conversation_key text NOT NULL,
        parent_external_id text NULL,
        url text NULL,
        author_external_id text NOT NULL,
        author_handle text NOT NULL,
        author_name text NULL,
        text text NOT NULL,
        language text NULL,
        sentiment text NULL CHECK (sentiment IN (${SENTIMENTS})),
        sentiment_score real NULL,
        -- A community manager's correction wins over the analysis, everywhere.
        sentiment_corrected boolean NOT NULL DEFAULT false,
        tags text[] NOT NULL DEFAULT '{}',
        has_link boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, published_at),
        -- Once per brand, whatever the redeliveries: a network never changes an item's creation time.
        CONSTRAINT items_external_key UNIQUE (brand_id, network, external_id, published_at)
      ) PARTITION BY RANGE (published_at)`);
    await qr.query(
      `CREATE INDEX items_brand_time_idx ON listening.items (agency_id, brand_id, published_at DESC)`,
    );
    await qr.query(`CREATE INDEX items_conversation_idx ON listening.items (brand_id, conversation_key)`);
    await qr.query(
      `CREATE INDEX items_author_idx ON listening.items (agency_id, network, author_external_id)`,
    );

    for (const table of TABLES) {
      await enableTenantRls(qr, `listening.${table}`, { brandColumn: 'brand_id' });
      await qr.query(
        `CREATE POLICY ${table}_definer ON listening.${table} FOR ALL TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
      );
      await grantAppAccess(qr, `listening.${table}`);
    }

    await qr.query(`
      CREATE FUNCTION listening.ensure_item_partitions(first_month date, last_month date)
      RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      DECLARE
        month date := date_trunc('month', first_month)::date;
        partition_name text;
        made integer := 0;
      BEGIN
        IF last_month < first_month OR last_month > first_month + interval '10 years' THEN
          RAISE EXCEPTION 'months % to % are not a range of at most ten years', first_month, last_month;
        END IF;
        WHILE month <= last_month LOOP
          partition_name := 'items_' || to_char(month, 'YYYY_MM');
          IF to_regclass('listening.' || partition_name) IS NULL THEN
            EXECUTE format(
              'CREATE TABLE listening.%I PARTITION OF listening.items FOR VALUES FROM (%L) TO (%L)',
              partition_name,
              month::timestamp AT TIME ZONE 'UTC',
              (month + interval '1 month')::timestamp AT TIME ZONE 'UTC');
            EXECUTE format('ALTER TABLE listening.%I ENABLE ROW LEVEL SECURITY', partition_name);
            EXECUTE format('ALTER TABLE listening.%I FORCE ROW LEVEL SECURITY', partition_name);
            EXECUTE format('REVOKE ALL ON listening.%I FROM ${APP_ROLE}', partition_name);
            made := made + 1;
          END IF;
          month := (month + interval '1 month')::date;
        END LOOP;
        RETURN made;
      END
      $fn$`);
    await qr.query(`REVOKE ALL ON FUNCTION listening.ensure_item_partitions(date, date) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION listening.ensure_item_partitions(date, date) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION listening.ensure_item_partitions(date, date)`);
    for (const table of [...TABLES].reverse()) await qr.query(`DROP TABLE listening.${table}`);
  }
}
