/**
 * @relais/server-database: Postgres through TypeORM for one service schema, with row-level security.
 *
 * - `DatabaseModule.forRoot({ url, schema, entities, migrations, applicationName })` provides the
 *   `DataSource` and `TenantTransactions`; services connect as `relais_app` (not the owner, NOBYPASSRLS).
 * - Tenant tables are read and written only in `tenantTransactions.run(tenantScope(envelope), manager => ...)`,
 *   whose first statement is
 *   `select set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true), set_config('app.brand_ids', $3, true)`
 *   (`app.brand_ids` = `*` for every brand, else ids joined by commas; all transaction-local).
 * - `actorFrom(envelope)`: who acts (agency, user, role, tenant scope); `systemScopeFrom` for service-only calls.
 * - Lists: `pageSize(args)`, keyset cursors (`encodeCursor`, `decodeCursor`, `pageOf`), `containsPattern` for ILIKE;
 *   `isUniqueViolation(error, constraint)` maps Postgres' refusal of a duplicate to the caller's domain error.
 * - Migrations (run as `relais_owner` by `tools/migrate.ts`) use `createServiceSchema`, `enableTenantRls`
 *   and `grantAppAccess`; their exact SQL is in `rls.migration-helpers.ts`.
 */
export * from './snake-naming.strategy';
export * from './data-source.factory';
export * from './tenant-scope';
export * from './actor';
export * from './tenant-transactions';
export * from './rls.migration-helpers';
export * from './sql-identifiers';
export * from './database-url';
export * from './bootstrap';
export * from './migrations.runner';
export * from './pagination';
export * from './sql-values';
export * from './database-errors';
export * from './database.module';
