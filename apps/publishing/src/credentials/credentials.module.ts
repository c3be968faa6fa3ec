import { Module } from '@nestjs/common';
import { CredentialsClient } from './credentials.client';

/** Accounts' tokens, asked of the clients service and kept in memory only (one cache per replica). */
@Module({
  providers: [CredentialsClient],
  exports: [CredentialsClient],
})
export class CredentialsModule {}
