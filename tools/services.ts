import { join } from 'node:path';

/**
 * Every service that owns a Postgres schema, in the order their migrations run. Add a service here
 * when it gets its first migration; `tools/migrate.ts` and the test template pick it up.
 */
export interface ServiceWithMigrations {
  name: string;
  schema: string;
  /** The folder holding its `<unix-ms>-<VerbNoun>.ts` files (from the repository root). */
  migrationsDir: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: () => Promise<Function[]>;
}

/**
 * A service's migrations: what its `migrationsDir/index.ts` exports as `migrations`, loaded by path
 * (like TypeORM's migration globs) so that the development platform depends on no app's code.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
async function migrationsIn(migrationsDir: string): Promise<Function[]> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const loaded = (await import(join(__dirname, '..', migrationsDir))) as { migrations: Function[] };
  return loaded.migrations;
}

export const services: ServiceWithMigrations[] = [
  {
    name: 'clients',
    schema: 'clients',
    migrationsDir: 'apps/clients/src/migrations',
    migrations: () => migrationsIn('apps/clients/src/migrations'),
  },
  {
    name: 'content',
    schema: 'content',
    migrationsDir: 'apps/content/src/migrations',
    migrations: () => migrationsIn('apps/content/src/migrations'),
  },
  {
    name: 'publishing',
    schema: 'publishing',
    migrationsDir: 'apps/publishing/src/migrations',
    migrations: () => migrationsIn('apps/publishing/src/migrations'),
  },
  {
    name: 'listening',
    schema: 'listening',
    migrationsDir: 'apps/listening/src/migrations',
    migrations: () => migrationsIn('apps/listening/src/migrations'),
  },
];
