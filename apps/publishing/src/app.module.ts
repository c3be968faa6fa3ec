import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@relais/server-database';
import { EventsModule } from '@relais/server-events';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NatsModule } from '@relais/server-nats';
import { networksConfigOf, PublishingConfig } from './config';
import { AccountsModule } from './accounts/accounts.module';
import { DispatchModule } from './dispatch/dispatch.module';
import { migrations, SCHEMA } from './migrations';
import { NetworksModule } from './networks/networks.module';
import { PublicationsModule } from './publications/publications.module';
import { PublishingConfigModule } from './publishing-config.module';
import { SchedulesModule } from './schedules/schedules.module';

export const SERVICE = 'publishing';

/** The publishing service, built from its validated configuration (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(config: PublishingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PublishingConfigModule.forRoot(config),
        LoggingModule.forRoot({
          service: SERVICE,
          level: config.LOG_LEVEL,
          pretty: config.NODE_ENV === 'development',
        }),
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: SCHEMA,
          entities: [],
          migrations,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: SERVICE,
        }),
        NatsModule.forRoot({
          url: config.NATS_URL,
          service: SERVICE,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        EventsModule.forRoot({ schema: SCHEMA, subjectPrefix: config.NATS_SUBJECT_PREFIX }),
        HealthModule.forRoot({ service: SERVICE }),
        {
          ...NetworksModule.forRoot(networksConfigOf(config)),
          global: true,
        },
        PublicationsModule,
        SchedulesModule,
        AccountsModule,
        DispatchModule,
      ],
    };
  }
}
