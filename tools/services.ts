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

export const services: ServiceWithMigrations[] = [
  {
    name: 'clients',
    schema: 'clients',
    migrationsDir: 'apps/clients/src/migrations',
    migrations: () => import('../apps/clients/src/migrations').then((m) => m.migrations),
  },
  {
    name: 'content',
    schema: 'content',
    migrationsDir: 'apps/content/src/migrations',
    migrations: () => import('../apps/content/src/migrations').then((m) => m.migrations),
  },
  {
    name: 'publishing',
    schema: 'publishing',
    migrationsDir: 'apps/publishing/src/migrations',
    migrations: () => import('../apps/publishing/src/migrations').then((m) => m.migrations),
  },
];
