import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthResults } from './auth-results.service';
import { SessionRevocationsModule } from './session-revocations.module';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter.service';
import { SignInService } from './sign-in.service';
import { SignUpService } from './sign-up.service';

@Module({
  imports: [AgenciesModule, AuditModule, MembershipsModule, SessionRevocationsModule, UsersModule],
  controllers: [AuthController],
  providers: [AuthResults, SessionsService, SignInLimiter, SignInService, SignUpService],
  exports: [AuthResults, SessionsService, SignInLimiter],
})
export class AuthModule {}
