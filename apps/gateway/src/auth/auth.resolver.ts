import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AuthResult,
  ClientsSubjects,
  Envelope,
  InvitationPreviewView,
  MembershipClaims,
} from '@relais/contracts';
import { unauthenticated } from '@relais/server-errors';
import { NatsRequester } from '@relais/server-nats';
import { AccessTokenService } from './access-token.service';
import { AuthPayloadModel } from './auth-payload.model';
import {
  AcceptInvitationInput,
  RefreshSessionInput,
  SignInInput,
  SignOutInput,
  SignUpInput,
  SwitchAgencyInput,
} from './auth.input';
import { InvitationPreviewModel } from './invitation-preview.model';
import { Public } from '../request/public.decorator';
import { ClientIp, CurrentActor, RequestEnvelope } from '../request/request.decorators';
import { toAuthPayload } from './auth-payload';
import { payloadOf } from '../graphql/payload';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly nats: NatsRequester,
    private readonly tokens: AccessTokenService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Creates an agency and its owner, and signs them in.' })
  async signUp(
    @Args('input') input: SignUpInput,
    @RequestEnvelope() envelope: Envelope,
    @ClientIp() ip: string | undefined,
  ): Promise<AuthPayloadModel> {
    return this.session(ClientsSubjects.auth.signUp, envelope, payloadOf({ ...input, ip }));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Signs in with e-mail and password. Repeated failures answer RATE_LIMITED.',
  })
  async signIn(
    @Args('input') input: SignInInput,
    @RequestEnvelope() envelope: Envelope,
    @ClientIp() ip: string | undefined,
  ): Promise<AuthPayloadModel> {
    return this.session(ClientsSubjects.auth.signIn, envelope, payloadOf({ ...input, ip }));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Exchanges a refresh token for new tokens. A refresh token already used ends the session.',
  })
  async refreshSession(
    @Args('input') input: RefreshSessionInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<AuthPayloadModel> {
    return this.session(ClientsSubjects.auth.refresh, envelope, { refreshToken: input.refreshToken });
  }

  @Mutation(() => AuthPayloadModel, { description: 'Opens another agency the user belongs to.' })
  async switchAgency(
    @Args('input') input: SwitchAgencyInput,
    @RequestEnvelope() envelope: Envelope,
    @CurrentActor() actor: MembershipClaims,
  ): Promise<AuthPayloadModel> {
    const payload = await this.session(ClientsSubjects.auth.refresh, envelope, {
      refreshToken: input.refreshToken,
      agencyId: input.agencyId,
    });
    return payload.user.id === actor.userId ? payload : this.refuseForeignSession();
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token.' })
  async signOut(@Args('input') input: SignOutInput, @RequestEnvelope() envelope: Envelope): Promise<boolean> {
    await this.nats.request<unknown>(ClientsSubjects.auth.signOut, envelope, {
      refreshToken: input.refreshToken,
    });
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Accepts an invitation (creating the account if needed) and signs in.',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @RequestEnvelope() envelope: Envelope,
    @ClientIp() ip: string | undefined,
  ): Promise<AuthPayloadModel> {
    return this.session(ClientsSubjects.auth.acceptInvitation, envelope, payloadOf({ ...input, ip }));
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'What an invitation link offers.' })
  async invitationPreview(
    @Args('token') token: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<InvitationPreviewView> {
    return this.nats.request<InvitationPreviewView>(ClientsSubjects.auth.invitationPreview, envelope, {
      token,
    });
  }

  private async session(subject: string, envelope: Envelope, data: object): Promise<AuthPayloadModel> {
    const result = await this.nats.request<AuthResult>(subject, envelope, data);
    return toAuthPayload(result, this.tokens.issue(result.claims, result.sessionId));
  }

  private refuseForeignSession(): never {
    throw unauthenticated('This refresh token belongs to another user');
  }
}
