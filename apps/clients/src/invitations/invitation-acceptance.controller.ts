import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AcceptInvitationPayload,
  AuthResult,
  ClientsSubjects,
  Envelope,
  InvitationPreviewPayload,
  InvitationPreviewView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { InvitationAcceptanceService } from './invitation-acceptance.service';

/** Opening and accepting an invitation link, before the invitee is signed in. */
@Controller()
export class InvitationAcceptanceController {
  constructor(private readonly acceptance: InvitationAcceptanceService) {}

  @MessagePattern(ClientsSubjects.auth.invitationPreview)
  preview(@Data(InvitationPreviewPayload) payload: InvitationPreviewPayload): Promise<InvitationPreviewView> {
    return this.acceptance.preview(payload);
  }

  @MessagePattern(ClientsSubjects.auth.acceptInvitation)
  accept(
    @Env() envelope: Envelope,
    @Data(AcceptInvitationPayload) payload: AcceptInvitationPayload,
  ): Promise<AuthResult> {
    return this.acceptance.accept(payload, envelope);
  }
}
