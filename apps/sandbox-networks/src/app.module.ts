import { DynamicModule, Module } from '@nestjs/common';
import { ServicePlatformModule } from '@relais/server-service';
import { SANDBOX_CONFIG, SandboxConfig } from './config';
import { ControlController } from './control/control.controller';
import { SandboxNetworks } from './control/sandbox-networks.service';
import { FeedsController } from './listening/feeds.controller';
import { ListeningController } from './listening/listening.controller';
import { FacebookWebhooksController } from './networks/facebook/facebook-webhooks.controller';

export const SERVICE = 'sandbox-networks';

/** Local emulators of the social networks, with health and the control API on HTTP_PORT. */
@Module({})
export class AppModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forStateless({ service: SERVICE, config, configToken: SANDBOX_CONFIG }),
      ],
      controllers: [ControlController, ListeningController, FeedsController, FacebookWebhooksController],
      providers: [SandboxNetworks],
    };
  }
}
