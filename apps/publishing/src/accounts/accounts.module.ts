import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { PublicationsModule } from '../publications/publications.module';
import { TokensModule } from '../tokens/tokens.module';
import { AccountEventsConsumer } from './account-events.consumer';

/** Accounts and brands as the clients service's events describe them. */
@Module({
  imports: [CredentialsModule, PublicationsModule, TokensModule],
  providers: [AccountEventsConsumer],
  exports: [AccountEventsConsumer],
})
export class AccountsModule {}
