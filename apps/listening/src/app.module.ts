import { DynamicModule, Module } from '@nestjs/common';
import { ServicePlatformModule } from '@relais/server-service';
import { LISTENING_CONFIG, ListeningConfig } from './config';
import { ItemsModule } from './items/items.module';
import { migrations, SCHEMA } from './migrations';
import { PollingModule } from './polling/polling.module';
import { QueriesModule } from './queries/queries.module';
import { SourcesModule } from './sources/sources.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export const SERVICE = 'listening';

/** The listening service, built from its validated configuration (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(config: ListeningConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forRoot({
          service: SERVICE,
          config,
          configToken: LISTENING_CONFIG,
          schema: SCHEMA,
          migrations,
          entities: [],
        }),
        SourcesModule,
        ItemsModule,
        PollingModule,
        QueriesModule,
        WebhooksModule,
      ],
    };
  }
}
