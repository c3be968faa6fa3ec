import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { AuditEntryView, ClientsSubjects, Envelope, ListAuditPayload, Page } from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { AuditService } from './audit.service';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @MessagePattern(ClientsSubjects.audit.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListAuditPayload) payload: ListAuditPayload,
  ): Promise<Page<AuditEntryView>> {
    return this.audit.list(actorFrom(envelope), payload);
  }
}
