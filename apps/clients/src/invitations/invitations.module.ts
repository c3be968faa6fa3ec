import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { UsersModule } from '../users/users.module';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationListService } from './invitation-list.service';
import { InvitationMailer } from './invitation-mailer.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AccountsModule, AuditModule, AuthModule, MembershipsModule, UsersModule],
  controllers: [InvitationsController, InvitationAcceptanceController],
  providers: [InvitationsService, InvitationListService, InvitationAcceptanceService, InvitationMailer],
})
export class InvitationsModule {}
