import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ChooseConnectionAccountsPayload,
  ClientsSubjects,
  CompleteConnectionPayload,
  ConnectBlueskyPayload,
  ConnectionIdPayload,
  ConnectionStartView,
  ConnectionView,
  ConnectLinkIdPayload,
  ConnectLinkPublicView,
  ConnectLinkTokenPayload,
  ConnectLinkView,
  CreateConnectLinkPayload,
  Envelope,
  ListConnectLinksPayload,
  SocialAccountView,
  StartConnectionPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { ConnectLinksService } from './connect-links.service';
import { ConnectionsService } from './connections.service';

@Controller()
export class ConnectionsController {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly links: ConnectLinksService,
  ) {}

  @MessagePattern(ClientsSubjects.connection.start)
  start(
    @Env() envelope: Envelope,
    @Data(StartConnectionPayload) payload: StartConnectionPayload,
  ): Promise<ConnectionStartView> {
    return this.connections.start(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.complete)
  complete(
    @Env() envelope: Envelope,
    @Data(CompleteConnectionPayload) payload: CompleteConnectionPayload,
  ): Promise<ConnectionView> {
    return this.connections.complete(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.get)
  get(
    @Env() envelope: Envelope,
    @Data(ConnectionIdPayload) payload: ConnectionIdPayload,
  ): Promise<ConnectionView> {
    return this.connections.get(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.choose)
  choose(
    @Env() envelope: Envelope,
    @Data(ChooseConnectionAccountsPayload) payload: ChooseConnectionAccountsPayload,
  ): Promise<ConnectionView> {
    return this.connections.choose(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.bluesky)
  bluesky(
    @Env() envelope: Envelope,
    @Data(ConnectBlueskyPayload) payload: ConnectBlueskyPayload,
  ): Promise<SocialAccountView> {
    return this.connections.bluesky(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.createLink)
  createLink(
    @Env() envelope: Envelope,
    @Data(CreateConnectLinkPayload) payload: CreateConnectLinkPayload,
  ): Promise<ConnectLinkView> {
    return this.links.createLink(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.listLinks)
  listLinks(
    @Env() envelope: Envelope,
    @Data(ListConnectLinksPayload) payload: ListConnectLinksPayload,
  ): Promise<ConnectLinkView[]> {
    return this.links.listLinks(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.connection.revokeLink)
  revokeLink(
    @Env() envelope: Envelope,
    @Data(ConnectLinkIdPayload) payload: ConnectLinkIdPayload,
  ): Promise<ConnectLinkView> {
    return this.links.revokeLink(envelope, payload);
  }

  /** Public: the link token is the only credential. */
  @MessagePattern(ClientsSubjects.connection.openLink)
  openLink(@Data(ConnectLinkTokenPayload) payload: ConnectLinkTokenPayload): Promise<ConnectLinkPublicView> {
    return this.links.openLink(payload);
  }
}
