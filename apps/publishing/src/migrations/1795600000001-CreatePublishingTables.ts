import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

const STATUSES = `'pending', 'claimed', 'sending', 'published', 'failed', 'unknown', 'cancelled'`;
const TABLES = ['schedules', 'publications', 'publish_attempts', 'account_limits', 'token_refreshes'];

/**
 * What publishing keeps: each post's schedule (the snapshot of what goes out, and where its recurring
 * series stands), one publication per account and occurrence, every attempt, what the networks said
 * about each account's budget, and the token refreshes due. Brand-scoped row-level security on every
 * table; the dispatcher's cross-agency work goes through the functions of the next migration, which
 * run as the owner (hence a permissive owner-only policy per table).
 */
export class CreatePublishingTables1795600000001 implements MigrationInterface {
  name = 'CreatePublishingTables1795600000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE publishing.schedules (
        post_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_version integer NOT NULL,
        timezone text NOT NULL DEFAULT 'UTC',
        recurrence jsonb NULL,
        targets jsonb NOT NULL DEFAULT '[]',
        first_due_at timestamptz NULL,
        -- Publications number a post's occurrences across every schedule it had: this schedule's
        -- occurrence n (1 = its first) is publication occurrence occurrence_base + n.
        occurrence_base integer NOT NULL DEFAULT 0,
        -- The publication occurrence now pending and its instant.
        occurrence integer NOT NULL DEFAULT 1,
        current_due_at timestamptz NULL,
        status text NOT NULL CHECK (status IN ('active', 'cancelled', 'ended')),
        -- occurredAt of the content event applied last (with post_version: later events win).
        applied_event_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(`CREATE INDEX schedules_brand_idx ON publishing.schedules (agency_id, brand_id)`);

    await qr.query(`
      CREATE TABLE publishing.publications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        post_version integer NOT NULL,
        occurrence integer NOT NULL,
        account_id uuid NOT NULL,
        network text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        text text NOT NULL,
        link_url text NULL,
        first_comment text NULL,
        media_ids jsonb NOT NULL DEFAULT '[]',
        idempotency_key text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        -- Attempts made before the last retry a person asked for (the attempt budget restarts there).
        retry_from integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NULL,
        lease_owner text NULL,
        lease_until timestamptz NULL,
        sending_at timestamptz NULL,
        external_id text NULL,
        external_url text NULL,
        published_at timestamptz NULL,
        failure_code text NULL,
        failure_message text NULL,
        network_message text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT publications_occurrence_key UNIQUE (post_id, account_id, occurrence)
      )`);
    await qr.query(
      `CREATE INDEX publications_due_idx ON publishing.publications (next_attempt_at) WHERE status = 'pending'`,
    );
    await qr.query(
      `CREATE INDEX publications_lease_idx ON publishing.publications (lease_until) WHERE status IN ('claimed', 'sending', 'unknown')`,
    );
    await qr.query(
      `CREATE INDEX publications_post_idx ON publishing.publications (agency_id, post_id, occurrence)`,
    );
    await qr.query(
      `CREATE INDEX publications_account_open_idx ON publishing.publications (account_id) WHERE status IN ('pending', 'claimed')`,
    );
    await qr.query(
      `CREATE INDEX publications_brand_open_idx ON publishing.publications (brand_id) WHERE status IN ('pending', 'claimed')`,
    );

    await qr.query(`
      CREATE TABLE publishing.publish_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        publication_id uuid NOT NULL REFERENCES publishing.publications (id) ON DELETE CASCADE,
        number integer NOT NULL,
        worker text NOT NULL,
        state text NOT NULL CHECK (state IN ('claimed', 'sending', 'sent', 'failed', 'unknown')),
        started_at timestamptz NOT NULL DEFAULT now(),
        sending_at timestamptz NULL,
        finished_at timestamptz NULL,
        http_status integer NULL,
        failure_code text NULL,
        detail text NULL,
        CONSTRAINT publish_attempts_number_key UNIQUE (publication_id, number)
      )`);

    await qr.query(`
      CREATE TABLE publishing.account_limits (
        account_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        network text NOT NULL,
        rate_limit integer NULL,
        remaining integer NULL,
        reset_at timestamptz NULL,
        blocked_until timestamptz NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await qr.query(`
      CREATE TABLE publishing.token_refreshes (
        account_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        network text NOT NULL,
        expires_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'running', 'done', 'failed')),
        lease_owner text NULL,
        lease_until timestamptz NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await qr.query(
      `CREATE INDEX token_refreshes_due_idx ON publishing.token_refreshes (due_at) WHERE status = 'scheduled'`,
    );
    await qr.query(
      `CREATE INDEX token_refreshes_lease_idx ON publishing.token_refreshes (lease_until) WHERE status = 'running'`,
    );

    for (const table of TABLES) {
      await enableTenantRls(qr, `publishing.${table}`, { brandColumn: 'brand_id' });
      // The dispatcher's SECURITY DEFINER functions run as the owner, which FORCE ROW LEVEL SECURITY filters too.
      await qr.query(
        `CREATE POLICY ${table}_definer ON publishing.${table} FOR ALL TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
      );
      await grantAppAccess(qr, `publishing.${table}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await qr.query(`DROP TABLE publishing.${table}`);
  }
}
