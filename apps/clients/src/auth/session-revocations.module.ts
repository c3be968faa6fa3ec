import { Module } from '@nestjs/common';
import { SessionRevocations } from './session-revocations.service';

/** Ending sessions and announcing it: used by sign-out, refresh-token reuse and member removal. */
@Module({
  providers: [SessionRevocations],
  exports: [SessionRevocations],
})
export class SessionRevocationsModule {}
