import { DynamicModule, Module } from '@nestjs/common';
import { BaseConfig, DatabaseConfig, NatsConfig } from '@relais/server-config';
import { DatabaseModule, DataSourceOptions } from '@relais/server-database';
import { EventsModule } from '@relais/server-events';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NatsModule } from '@relais/server-nats';

/** What every app's platform takes: its name and its validated configuration, injectable as `configToken`. */
export interface StatelessPlatformOptions<C extends BaseConfig> {
  /** The service name: log field, metric label, NATS queue group and connection name, Postgres application name. */
  service: string;
  config: C;
  /** The token the configuration is injected by everywhere in the app (`CLIENTS_CONFIG`). */
  configToken: symbol;
}

/** A service with a Postgres schema and NATS: the schema's migrations and entities as well. */
export interface ServicePlatformOptions<
  C extends BaseConfig & NatsConfig & DatabaseConfig,
> extends StatelessPlatformOptions<C> {
  /** The service's Postgres schema: its tables, `migrations`, `outbox` and `processed_events`. */
  schema: string;
  migrations: DataSourceOptions['migrations'];
  entities: DataSourceOptions['entities'];
}

/** Makes the app's configuration injectable everywhere by its token. */
function configModule(token: symbol, config: unknown): DynamicModule {
  return {
    module: ServiceConfigModule,
    global: true,
    providers: [{ provide: token, useValue: config }],
    exports: [token],
  };
}

@Module({})
class ServiceConfigModule {}

/** JSON lines (human readable in development), with the service on every line. */
function loggingModule(service: string, config: BaseConfig): DynamicModule {
  return LoggingModule.forRoot({
    service,
    level: config.LOG_LEVEL,
    pretty: config.NODE_ENV === 'development',
  });
}

/**
 * The platform every service stands on, from its validated configuration: the configuration token,
 * JSON logging, Postgres (its schema, RLS-aware transactions), the NATS client, the outbox relay and
 * event consumers, `/health/*` and `/metrics`. A service's root module is this line plus its features:
 *
 * ```ts
 * imports: [
 *   ServicePlatformModule.forRoot({ service: SERVICE, config, configToken: CLIENTS_CONFIG, schema: SCHEMA, migrations, entities }),
 *   BrandsModule,
 * ]
 * ```
 */
@Module({})
export class ServicePlatformModule {
  static forRoot<C extends BaseConfig & NatsConfig & DatabaseConfig>(
    options: ServicePlatformOptions<C>,
  ): DynamicModule {
    const { service, config, schema } = options;
    return {
      module: ServicePlatformModule,
      imports: [
        configModule(options.configToken, config),
        loggingModule(service, config),
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema,
          entities: options.entities,
          migrations: options.migrations,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: service,
        }),
        NatsModule.forRoot({
          url: config.NATS_URL,
          service,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        EventsModule.forRoot({ schema, subjectPrefix: config.NATS_SUBJECT_PREFIX }),
        HealthModule.forRoot({ service }),
      ],
    };
  }

  /** An app without tables or NATS (the network emulators): configuration, logging and health only. */
  static forStateless<C extends BaseConfig>(options: StatelessPlatformOptions<C>): DynamicModule {
    const { service, config } = options;
    return {
      module: ServicePlatformModule,
      imports: [
        configModule(options.configToken, config),
        loggingModule(service, config),
        HealthModule.forRoot({ service }),
      ],
    };
  }
}
