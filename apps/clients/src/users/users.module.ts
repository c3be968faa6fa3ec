import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { PasswordHasher } from './password-hasher.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule, MembershipsModule],
  controllers: [UsersController],
  providers: [PasswordHasher, UsersService],
  exports: [PasswordHasher],
})
export class UsersModule {}
