import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { SessionRevocationsModule } from './session-revocations.module';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter.service';
import { SignInService } from './sign-in.service';
import { SignUpService } from './sign-up.service';

@Module({
  imports: [AgenciesModule, AuditModule, SessionRevocationsModule, UsersModule],
  controllers: [AuthController],
  providers: [SessionsService, SignInLimiter, SignInService, SignUpService],
  exports: [SessionsService, SignInLimiter],
})
export class AuthModule {}
