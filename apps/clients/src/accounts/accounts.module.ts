import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';
import { AccountChanges } from './account-changes.service';
import { AccountCredentialsService } from './account-credentials.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { CredentialsCipher } from './credentials-cipher';

@Module({
  imports: [AuditModule],
  controllers: [AccountsController],
  providers: [
    {
      provide: CredentialsCipher,
      useFactory: (config: ClientsConfig) =>
        new CredentialsCipher(config.CREDENTIALS_KEYS, config.CREDENTIALS_ACTIVE_KEY),
      inject: [CLIENTS_CONFIG],
    },
    AccountChanges,
    AccountsService,
    AccountCredentialsService,
  ],
  exports: [CredentialsCipher, AccountsService],
})
export class AccountsModule {}
