import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationMailer } from './invitation.mailer';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AccountsModule, AuditModule, AuthModule, UsersModule],
  controllers: [InvitationsController, InvitationAcceptanceController],
  providers: [InvitationsService, InvitationAcceptanceService, InvitationMailer],
})
export class InvitationsModule {}
