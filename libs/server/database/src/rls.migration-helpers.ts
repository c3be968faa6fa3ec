import { QueryRunner } from 'typeorm';
import { quoteIdent, quoteTable } from './sql-identifiers';

/** Owns every schema and table; migrations run as this role. */
export const OWNER_ROLE = 'relais_owner';
/** What services connect as: not the owner, NOBYPASSRLS, so row-level security always applies. */
export const APP_ROLE = 'relais_app';

const CURRENT_AGENCY = "nullif(current_setting('app.agency_id', true), '')::uuid";
const CURRENT_USER_ID = "nullif(current_setting('app.user_id', true), '')::uuid";
const BRAND_IDS = "current_setting('app.brand_ids', true)";

/**
 * The service's schema, usable by the app role, with default privileges so that tables, sequences
 * and functions the owner creates later are usable too:
 *
 *   CREATE SCHEMA IF NOT EXISTS "<schema>";
 *   GRANT USAGE ON SCHEMA "<schema>" TO relais_app;
 *   ALTER DEFAULT PRIVILEGES IN SCHEMA "<schema>" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO relais_app;
 *   ALTER DEFAULT PRIVILEGES IN SCHEMA "<schema>" GRANT USAGE, SELECT ON SEQUENCES TO relais_app;
 *   ALTER DEFAULT PRIVILEGES IN SCHEMA "<schema>" GRANT EXECUTE ON FUNCTIONS TO relais_app;
 */
export async function createServiceSchema(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = quoteIdent(schema);
  await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  await queryRunner.query(`GRANT USAGE ON SCHEMA ${s} TO ${APP_ROLE}`);
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
  );
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
  );
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT EXECUTE ON FUNCTIONS TO ${APP_ROLE}`,
  );
}

export interface TenantRlsOptions {
  /** Brand-owned rows: also limited to the caller's brand scope. */
  brandColumn?: string;
  /** Rows a user may also see as themselves whatever the agency (their own memberships). */
  userColumn?: string;
}

/** The policy expression `enableTenantRls` installs (USING and WITH CHECK). */
export function tenantPolicyExpression(options: TenantRlsOptions = {}): string {
  let expression = `agency_id = ${CURRENT_AGENCY}`;
  if (options.brandColumn) {
    const column = quoteIdent(options.brandColumn);
    // '*' is turned into NULL before the uuid[] cast: Postgres does not promise to evaluate OR
    // left to right, so the cast must never see '*'.
    expression =
      `(${expression} AND (${BRAND_IDS} = '*' OR ${column} = ANY(` +
      `string_to_array(nullif(nullif(${BRAND_IDS}, ''), '*'), ',')::uuid[])))`;
  }
  if (options.userColumn) {
    expression = `(${expression} OR ${quoteIdent(options.userColumn)} = ${CURRENT_USER_ID})`;
  }
  return expression;
}

/**
 * Row-level security on a tenant table (`schema.table`, with an `agency_id uuid` column), forced
 * for the owner too:
 *
 *   ALTER TABLE <t> ENABLE ROW LEVEL SECURITY;
 *   ALTER TABLE <t> FORCE ROW LEVEL SECURITY;
 *   CREATE POLICY tenant_isolation ON <t> FOR ALL
 *     USING (<expr>) WITH CHECK (<expr>);
 *
 * where <expr> is `agency_id = nullif(current_setting('app.agency_id', true), '')::uuid`, AND with
 * `brandColumn`: `(current_setting('app.brand_ids', true) = '*' OR <brandColumn> =
 * ANY(string_to_array(nullif(nullif(current_setting('app.brand_ids', true), ''), '*'), ',')::uuid[]))`,
 * OR with `userColumn`: `<userColumn> = nullif(current_setting('app.user_id', true), '')::uuid`.
 * Without the settings (no tenant transaction) no row is visible or writable.
 */
export async function enableTenantRls(
  queryRunner: QueryRunner,
  table: string,
  options: TenantRlsOptions = {},
): Promise<void> {
  const t = quoteTable(table);
  const expression = tenantPolicyExpression(options);
  await queryRunner.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON ${t}`);
  await queryRunner.query(
    `CREATE POLICY tenant_isolation ON ${t} FOR ALL USING (${expression}) WITH CHECK (${expression})`,
  );
}

export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Exactly these privileges for the app role on a table, by default
 * `GRANT SELECT, INSERT, UPDATE, DELETE ON <t> TO relais_app`. Fewer (an append-only log:
 * `['SELECT', 'INSERT']`) replace what the schema's default privileges gave: `REVOKE ALL` comes first.
 */
export async function grantAppAccess(
  queryRunner: QueryRunner,
  table: string,
  privileges: readonly TablePrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
): Promise<void> {
  const t = quoteTable(table);
  await queryRunner.query(`REVOKE ALL ON ${t} FROM ${APP_ROLE}`);
  await queryRunner.query(`GRANT ${privileges.join(', ')} ON ${t} TO ${APP_ROLE}`);
}
