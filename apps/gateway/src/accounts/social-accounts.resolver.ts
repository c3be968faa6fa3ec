import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientsSubjects, Envelope, Page, SocialAccountView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { payloadOf } from '../graphql/payload';
import { SocialAccountConnection, SocialAccountModel } from './social-account.model';

const DEFAULT_PAGE = 50;

@Resolver(() => SocialAccountModel)
export class SocialAccountsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => SocialAccountConnection, {
    description: 'Connected accounts of every visible brand, or of one brand.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async socialAccounts(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID, nullable: true }) brandId: string | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<SocialAccountView>> {
    const page = await this.nats.request<Page<SocialAccountView>>(
      ClientsSubjects.account.list,
      envelope,
      payloadOf({ brandId, first, after }),
    );
    return toConnection(page);
  }

  @Query(() => SocialAccountModel)
  async socialAccount(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<SocialAccountView> {
    return this.nats.request<SocialAccountView>(ClientsSubjects.account.get, envelope, { id });
  }

  @Mutation(() => SocialAccountModel, {
    description:
      'Disconnects the account from its brand. Its credentials are forgotten once no other brand shares it.',
  })
  async disconnectSocialAccount(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<SocialAccountView> {
    return this.nats.request<SocialAccountView>(ClientsSubjects.account.disconnect, envelope, { id });
  }
}
