import { DynamicModule, Module } from '@nestjs/common';
import { ServicePlatformModule } from '@relais/server-service';
import { AccountsModule } from './accounts/accounts.module';
import { networksConfigOf, PUBLISHING_CONFIG, PublishingConfig } from './config';
import { DispatchModule } from './dispatch/dispatch.module';
import { migrations, SCHEMA } from './migrations';
import { NetworksModule } from './networks/networks.module';
import { PublicationsModule } from './publications/publications.module';
import { SchedulesModule } from './schedules/schedules.module';

export const SERVICE = 'publishing';

/** The publishing service, built from its validated configuration (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(config: PublishingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forRoot({
          service: SERVICE,
          config,
          configToken: PUBLISHING_CONFIG,
          schema: SCHEMA,
          migrations,
          entities: [],
        }),
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
