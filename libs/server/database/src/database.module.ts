import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource, DataSourceOptions } from './data-source.factory';
import { TenantTransactions } from './tenant-transactions';

const STARTUP_ATTEMPTS = 10;
const STARTUP_RETRY_MS = 1000;

/** Connects, retrying for a few seconds (Postgres may still be starting); then fails loudly. */
export async function initializeDataSource(
  dataSource: DataSource,
  logger = new Logger('Database'),
): Promise<DataSource> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (attempt >= STARTUP_ATTEMPTS) throw error;
      logger.warn(`Postgres is not reachable yet (${String(error)}); retrying`);
      await new Promise((resolve) => setTimeout(resolve, STARTUP_RETRY_MS));
    }
  }
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** The service's `DataSource` (connected before anything uses it, closed on shutdown) and `TenantTransactions`. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DataSourceOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useFactory: () => initializeDataSource(createDataSource(options)) },
        DataSourceCloser,
        TenantTransactions,
      ],
      exports: [DataSource, TenantTransactions],
    };
  }
}
