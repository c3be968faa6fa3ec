import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { PublicationsModule } from '../publications/publications.module';
import { TokenRefreshRepository } from './token-refresh.repository';
import { TokenRefreshService } from './token-refresh.service';

/** Token refreshes: scheduled ahead of expiry, and just before a send when needed. */
@Module({
  imports: [CredentialsModule, PublicationsModule],
  providers: [TokenRefreshRepository, TokenRefreshService],
  exports: [TokenRefreshRepository, TokenRefreshService],
})
export class TokensModule {}
