import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionRevocationsModule } from '../auth/session-revocations.module';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [AuditModule, SessionRevocationsModule],
  controllers: [MembersController],
  providers: [MembersService],
})
export class MembershipsModule {}
