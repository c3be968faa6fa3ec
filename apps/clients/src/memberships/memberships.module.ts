import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionRevocationsModule } from '../auth/session-revocations.module';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipClaimsService } from './membership-claims.service';

@Module({
  imports: [AuditModule, SessionRevocationsModule],
  controllers: [MembersController],
  providers: [MembershipClaimsService, MembersService],
  exports: [MembershipClaimsService],
})
export class MembershipsModule {}
