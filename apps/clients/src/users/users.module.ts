import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PasswordHasher } from './password-hasher';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  controllers: [UsersController],
  providers: [PasswordHasher, UsersService],
  exports: [PasswordHasher],
})
export class UsersModule {}
