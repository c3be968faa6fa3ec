import { boolean, loadConfig, url, z } from '@relais/server-config';

const postgresUrl = () => url(['postgres:', 'postgresql:']);

/** What `tools/migrate.ts` reads from the environment (local defaults). */
export const migrateEnv = z.object({
  DATABASE_SUPERUSER_URL: postgresUrl().default('postgres://postgres@127.0.0.1:5432/postgres'),
  DATABASE_OWNER_URL: postgresUrl().default('postgres://relais_owner@127.0.0.1:5432/relais'),
  /** Only its password is used: set on `relais_app` when bootstrapping. */
  DATABASE_APP_URL: postgresUrl().default('postgres://relais_app@127.0.0.1:5432/relais'),
  /** Where roles and database are created by other means (no superuser at hand). */
  MIGRATE_SKIP_BOOTSTRAP: boolean().default(false),
});

export type MigrateConfig = z.infer<typeof migrateEnv>;

export function loadMigrateConfig(env: Record<string, string | undefined> = process.env): MigrateConfig {
  return loadConfig('migrate', migrateEnv, env);
}
