import { grantAppAccess, quoteIdent } from '@relais/server-database';
import { QueryRunner } from 'typeorm';

/**
 * The service's event tables, for a migration:
 * - `<schema>.outbox`: events written in the same transaction as the change they announce, published
 *   to JetStream by the relay (`published_at` set once JetStream acknowledged them);
 * - `<schema>.processed_events`: the events each consumer already handled, so redeliveries are no-ops.
 *
 * `created_at` defaults to `clock_timestamp()`, not `now()`: events written in one transaction then
 * keep the order they were written in (the relay publishes by `created_at`).
 *
 * Neither has row-level security: the relay and the consumers read them across every agency (the
 * relay runs without a tenant), they are reached only by that library code and never by a query a
 * caller shapes, and the events' tenant data is re-checked by the consumers' own tenant transactions.
 */
export async function createEventTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = quoteIdent(schema);
  await queryRunner.query(`
    CREATE TABLE ${s}.outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NULL,
      subject text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      published_at timestamptz NULL,
      attempts integer NOT NULL DEFAULT 0,
      last_error text NULL
    )`);
  await queryRunner.query(
    `CREATE INDEX outbox_unpublished_idx ON ${s}.outbox (created_at) WHERE published_at IS NULL`,
  );
  await queryRunner.query(`
    CREATE TABLE ${s}.processed_events (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
  await grantAppAccess(queryRunner, `${schema}.outbox`);
  await grantAppAccess(queryRunner, `${schema}.processed_events`);
}

/** Undoes `createEventTables`. */
export async function dropEventTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = quoteIdent(schema);
  await queryRunner.query(`DROP TABLE IF EXISTS ${s}.processed_events`);
  await queryRunner.query(`DROP TABLE IF EXISTS ${s}.outbox`);
}
