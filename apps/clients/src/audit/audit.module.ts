import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRecorder } from './audit-recorder.service';
import { AuditService } from './audit.service';

@Module({
  controllers: [AuditController],
  providers: [AuditRecorder, AuditService],
  exports: [AuditRecorder],
})
export class AuditModule {}
