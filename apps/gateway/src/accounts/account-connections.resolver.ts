import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ClientsSubjects,
  ConnectionStartView,
  ConnectionView,
  ConnectLinkPublicView,
  ConnectLinkView,
  Envelope,
  SocialAccountView,
  systemEnvelope,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { Public, SessionOptional } from '../request/public.decorator';
import { RequestEnvelope } from '../request/request.decorators';
import { payloadOf } from '../graphql/payload';
import {
  ChooseConnectionAccountsInput,
  CompleteAccountConnectionInput,
  ConnectBlueskyAccountInput,
  CreateConnectLinkInput,
  StartAccountConnectionInput,
} from './account-connection.input';
import {
  AccountConnectionModel,
  AccountConnectionStartModel,
  ConnectLinkModel,
  ConnectLinkPageModel,
} from './account-connection.model';
import { SocialAccountModel } from './social-account.model';

/**
 * With a connect link's token, the link alone authorises the call: the caller's session, if any, is
 * left out so the service never mixes the two.
 */
function authorisedBy(envelope: Envelope, linkToken: string | null | undefined): Envelope {
  return linkToken ? systemEnvelope(envelope.correlationId) : envelope;
}

/**
 * Connecting accounts the network's own way: the person consents on the network's page, which sends
 * them back with a code the clients service exchanges itself; no token ever passes through a form.
 * The steps a brand's approver takes from a connect link need no agency login, only the link's token.
 */
@Resolver()
export class AccountConnectionsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @SessionOptional()
  @Mutation(() => AccountConnectionStartModel, {
    description:
      'Starts connecting an account (or reconnecting one with `accountId`): send the browser to `authorizeUrl`.',
  })
  startAccountConnection(
    @Args('input') input: StartAccountConnectionInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectionStartView> {
    return this.nats.request<ConnectionStartView>(
      ClientsSubjects.connection.start,
      authorisedBy(envelope, input.linkToken),
      payloadOf(input),
    );
  }

  @SessionOptional()
  @Mutation(() => AccountConnectionModel, {
    description:
      'Finishes a connection with what the network sent back. Refused once used, expired, or on another redirect URI.',
  })
  completeAccountConnection(
    @Args('input') input: CompleteAccountConnectionInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectionView> {
    return this.nats.request<ConnectionView>(
      ClientsSubjects.connection.complete,
      authorisedBy(envelope, input.linkToken),
      payloadOf(input),
    );
  }

  @SessionOptional()
  @Mutation(() => AccountConnectionModel, {
    description:
      'Which of the accounts the consent covers the brand uses (Facebook pages, LinkedIn organizations).',
  })
  chooseConnectionAccounts(
    @Args('input') input: ChooseConnectionAccountsInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectionView> {
    return this.nats.request<ConnectionView>(
      ClientsSubjects.connection.choose,
      authorisedBy(envelope, input.linkToken),
      payloadOf(input),
    );
  }

  @SessionOptional()
  @Mutation(() => SocialAccountModel, {
    description: 'Connects a Bluesky account with an app password, checked with its server at once.',
  })
  connectBlueskyAccount(
    @Args('input') input: ConnectBlueskyAccountInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<SocialAccountView> {
    return this.nats.request<SocialAccountView>(
      ClientsSubjects.connection.bluesky,
      authorisedBy(envelope, input.linkToken),
      payloadOf(input),
    );
  }

  @SessionOptional()
  @Query(() => AccountConnectionModel, { description: 'One connection, by its id.' })
  accountConnection(
    @Args('id', { type: () => ID }) id: string,
    @Args('linkToken', { type: () => String, nullable: true }) linkToken: string | null,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectionView> {
    return this.nats.request<ConnectionView>(
      ClientsSubjects.connection.get,
      authorisedBy(envelope, linkToken),
      payloadOf({ connectionId: id, linkToken }),
    );
  }

  @Mutation(() => ConnectLinkModel, {
    description: 'A link for the brand’s approver to connect accounts. Its `url` is answered only here.',
  })
  createConnectLink(
    @Args('input') input: CreateConnectLinkInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectLinkView> {
    return this.nats.request<ConnectLinkView>(
      ClientsSubjects.connection.createLink,
      envelope,
      payloadOf(input),
    );
  }

  @Query(() => [ConnectLinkModel], { description: 'The brand’s connect links, newest first.' })
  connectLinks(
    @Args('brandId', { type: () => ID }) brandId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectLinkView[]> {
    return this.nats.request<ConnectLinkView[]>(ClientsSubjects.connection.listLinks, envelope, { brandId });
  }

  @Mutation(() => ConnectLinkModel, { description: 'The link stops working at once.' })
  revokeConnectLink(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectLinkView> {
    return this.nats.request<ConnectLinkView>(ClientsSubjects.connection.revokeLink, envelope, { id });
  }

  @Public()
  @Query(() => ConnectLinkPageModel, { description: 'What a connect link shows to the person who opens it.' })
  connectLink(
    @Args('token') token: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ConnectLinkPublicView> {
    return this.nats.request<ConnectLinkPublicView>(
      ClientsSubjects.connection.openLink,
      systemEnvelope(envelope.correlationId),
      { linkToken: token },
    );
  }
}
