import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ClientsSubjects,
  CreatedInvitationView,
  CreateInvitationPayload,
  Envelope,
  InvitationIdPayload,
  InvitationView,
  ListInvitationsPayload,
  Page,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { InvitationsService } from './invitations.service';

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @MessagePattern(ClientsSubjects.invitation.create)
  create(
    @Env() envelope: Envelope,
    @Data(CreateInvitationPayload) payload: CreateInvitationPayload,
  ): Promise<CreatedInvitationView> {
    return this.invitations.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.invitation.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListInvitationsPayload) payload: ListInvitationsPayload,
  ): Promise<Page<InvitationView>> {
    return this.invitations.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.invitation.revoke)
  revoke(
    @Env() envelope: Envelope,
    @Data(InvitationIdPayload) payload: InvitationIdPayload,
  ): Promise<InvitationView> {
    return this.invitations.revoke(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.invitation.resend)
  resend(
    @Env() envelope: Envelope,
    @Data(InvitationIdPayload) payload: InvitationIdPayload,
  ): Promise<InvitationView> {
    return this.invitations.resend(actorFrom(envelope), payload);
  }
}
