import { Module } from '@nestjs/common';
import { CredentialsClient } from './credentials.client';

/** Connected accounts' tokens, read from the clients service. */
@Module({
  providers: [CredentialsClient],
  exports: [CredentialsClient],
})
export class CredentialsModule {}
