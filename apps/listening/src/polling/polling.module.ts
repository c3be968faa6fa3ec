import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { ItemsModule } from '../items/items.module';
import { NetworksModule } from '../networks/networks.module';
import { CursorRepository } from './cursor.repository';
import { PollerService } from './poller.service';

/** Polling each listened account's surfaces, shared by the replicas through leases. */
@Module({
  imports: [CredentialsModule, ItemsModule, NetworksModule],
  providers: [CursorRepository, PollerService],
  exports: [PollerService],
})
export class PollingModule {}
