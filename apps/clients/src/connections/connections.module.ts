import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';
import { ConnectLinksService } from './connect-links.service';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { MastodonAppsService } from './mastodon-apps.service';
import { ConnectNetworks } from './networks/connect-networks';

@Module({
  imports: [AuditModule, AccountsModule],
  controllers: [ConnectionsController],
  providers: [
    {
      provide: ConnectNetworks,
      useFactory: (config: ClientsConfig) => new ConnectNetworks(config),
      inject: [CLIENTS_CONFIG],
    },
    ConnectLinksService,
    MastodonAppsService,
    ConnectionsService,
  ],
})
export class ConnectionsModule {}
