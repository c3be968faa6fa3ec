import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { SandboxConfig } from './config';
import { ControlController } from './control/control.controller';
import { SandboxNetworks } from './control/sandbox-networks.service';
import { SandboxConfigModule } from './sandbox-config.module';

export const SERVICE = 'sandbox-networks';

/** Local emulators of the social networks, with health and the control API on HTTP_PORT. */
@Module({})
export class AppModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SandboxConfigModule.forRoot(config),
        LoggingModule.forRoot({
          service: SERVICE,
          level: config.LOG_LEVEL,
          pretty: config.NODE_ENV === 'development',
        }),
        HealthModule.forRoot({ service: SERVICE }),
      ],
      controllers: [ControlController],
      providers: [SandboxNetworks],
    };
  }
}
