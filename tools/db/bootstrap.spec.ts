import { BOOTSTRAP_LOCK_KEY, ROLES_SQL } from '@relais/server-database';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrateConfig } from './migrate.config';

const script = readFileSync(join(__dirname, 'bootstrap.sql'), 'utf8');

describe('tools/db/bootstrap.sql', () => {
  it('creates the roles exactly as bootstrapDatabase does', () => {
    expect(script).toContain(ROLES_SQL);
    expect(script).toContain(`pg_advisory_lock(${BOOTSTRAP_LOCK_KEY})`);
  });

  it('grants the app role nothing but connecting', () => {
    expect(script).toMatch(/REVOKE ALL ON DATABASE %I FROM PUBLIC/);
    expect(script).toMatch(/GRANT CONNECT, TEMPORARY ON DATABASE %I TO relais_app/);
  });
});

describe('migrate configuration', () => {
  it('defaults to the local database', () => {
    expect(loadMigrateConfig({})).toEqual({
      DATABASE_SUPERUSER_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      DATABASE_OWNER_URL: 'postgres://relais_owner@127.0.0.1:5432/relais',
      DATABASE_APP_URL: 'postgres://relais_app@127.0.0.1:5432/relais',
      MIGRATE_SKIP_BOOTSTRAP: false,
    });
  });

  it('names a wrong URL', () => {
    expect(() => loadMigrateConfig({ DATABASE_OWNER_URL: 'mysql://x' })).toThrow(
      'Invalid configuration for migrate: DATABASE_OWNER_URL must be a postgres:// or postgresql:// URL',
    );
  });
});
