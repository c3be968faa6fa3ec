import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ClientsSubjects,
  CreatedInvitationView,
  Envelope,
  InvitationStatus,
  InvitationView,
  Page,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { InvitationStatusEnum } from '../graphql/enums';
import { payloadOf } from '../graphql/payload';
import { InvitationConnection, InvitationModel, InviteMemberPayloadModel } from './invitation.model';
import { InviteMemberInput } from './team.input';

const DEFAULT_PAGE = 20;

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => InvitationConnection, { complexity: connectionComplexity(DEFAULT_PAGE) })
  async invitations(
    @RequestEnvelope() envelope: Envelope,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('status', { type: () => InvitationStatusEnum, nullable: true }) status: InvitationStatus | null,
  ): Promise<Connection<InvitationView>> {
    const page = await this.nats.request<Page<InvitationView>>(
      ClientsSubjects.invitation.list,
      envelope,
      payloadOf({ first, after, status }),
    );
    return toConnection(page);
  }

  @Mutation(() => InviteMemberPayloadModel, {
    description: 'Invites someone by e-mail; the answer carries the link, shown this once.',
  })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<CreatedInvitationView> {
    return this.nats.request<CreatedInvitationView>(
      ClientsSubjects.invitation.create,
      envelope,
      payloadOf(input),
    );
  }

  @Mutation(() => InvitationModel)
  async revokeInvitation(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<InvitationView> {
    return this.nats.request<InvitationView>(ClientsSubjects.invitation.revoke, envelope, { id });
  }

  @Mutation(() => InvitationModel, { description: 'Sends the e-mail again with a new link and expiry.' })
  async resendInvitation(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<InvitationView> {
    return this.nats.request<InvitationView>(ClientsSubjects.invitation.resend, envelope, { id });
  }
}
