import { DataSource } from 'typeorm';
import { NestTypeOrmLogger } from './nest-typeorm.logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  /** `postgres://user:password@host:port/database`. */
  url: string;
  /** The service's schema: its tables and its `migrations` table live there. */
  schema: string;
  // TypeORM takes entity and migration classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  poolSize?: number;
  /** Shown in `pg_stat_activity`. */
  applicationName: string;
}

export const CONNECT_TIMEOUT_MS = 5000;
export const SLOW_QUERY_MS = 1000;

/**
 * A Postgres data source with Relais' settings: snake_case names, migrations only by hand (never
 * `synchronize`), a bounded pool that fails fast when Postgres is down and recovers when it returns.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName,
    poolSize: options.poolSize ?? 10,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    installExtensions: false,
    maxQueryExecutionTime: SLOW_QUERY_MS,
    logger: new NestTypeOrmLogger(),
    logging: ['error', 'warn', 'migration'],
    extra: {
      keepAlive: true,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: false,
    },
  });
}
