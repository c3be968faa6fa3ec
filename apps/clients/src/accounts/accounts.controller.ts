import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AccountCredentialsView,
  AccountIdPayload,
  ClientsSubjects,
  ConnectAccountPayload,
  Envelope,
  ListAccountsPayload,
  MarkNeedsReconnectionPayload,
  Page,
  ReconnectAccountPayload,
  SocialAccountView,
  StoreAccountCredentialsPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { AccountCredentialsService } from './account-credentials.service';
import { AccountsService } from './accounts.service';

@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly system: AccountCredentialsService,
  ) {}

  @MessagePattern(ClientsSubjects.account.connect)
  connect(
    @Env() envelope: Envelope,
    @Data(ConnectAccountPayload) payload: ConnectAccountPayload,
  ): Promise<SocialAccountView> {
    return this.accounts.connect(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.account.reconnect)
  reconnect(
    @Env() envelope: Envelope,
    @Data(ReconnectAccountPayload) payload: ReconnectAccountPayload,
  ): Promise<SocialAccountView> {
    return this.accounts.reconnect(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.account.disconnect)
  disconnect(
    @Env() envelope: Envelope,
    @Data(AccountIdPayload) payload: AccountIdPayload,
  ): Promise<SocialAccountView> {
    return this.accounts.disconnect(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.account.get)
  get(
    @Env() envelope: Envelope,
    @Data(AccountIdPayload) payload: AccountIdPayload,
  ): Promise<SocialAccountView> {
    return this.accounts.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.account.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListAccountsPayload) payload: ListAccountsPayload,
  ): Promise<Page<SocialAccountView>> {
    return this.accounts.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.account.markNeedsReconnection)
  markNeedsReconnection(
    @Env() envelope: Envelope,
    @Data(MarkNeedsReconnectionPayload) payload: MarkNeedsReconnectionPayload,
  ): Promise<SocialAccountView> {
    return this.system.markNeedsReconnection(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.account.credentials)
  credentials(
    @Env() envelope: Envelope,
    @Data(AccountIdPayload) payload: AccountIdPayload,
  ): Promise<AccountCredentialsView> {
    return this.system.credentials(envelope, payload);
  }

  @MessagePattern(ClientsSubjects.account.storeCredentials)
  storeCredentials(
    @Env() envelope: Envelope,
    @Data(StoreAccountCredentialsPayload) payload: StoreAccountCredentialsPayload,
  ): Promise<SocialAccountView> {
    return this.system.storeCredentials(envelope, payload);
  }
}
