import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Envelope, PublicationView, PublishingSubjects, SocialAccountView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { SocialAccountModel } from '../accounts/social-account.model';
import { SocialAccountsLoader } from '../accounts/social-accounts.loader';
import { RequestEnvelope } from '../request/request.decorators';
import { boundedListComplexity } from '../graphql/complexity';
import { GqlContext } from '../graphql/graphql-context';
import { PostModel } from '../posts/post.model';
import { PublicationsLoader } from './publications.loader';
import { PublicationModel } from './publication.model';

/** Accounts a post usually goes out on; for the cost of `Post.publications` only. */
const PUBLICATIONS_PER_POST = 5;

/** Where a post went out, account by account, and sending a failed one again. */
@Resolver(() => PublicationModel)
export class PublicationsResolver {
  constructor(
    private readonly nats: NatsRequester,
    private readonly accounts: SocialAccountsLoader,
  ) {}

  @Mutation(() => PublicationModel, {
    description:
      'Sends a failed publication again when that cannot post twice (canRetry); owners, admins, account managers and community managers.',
  })
  retryPublication(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PublicationView> {
    return this.nats.request<PublicationView>(PublishingSubjects.publication.retry, envelope, { id });
  }

  @ResolveField('account', () => SocialAccountModel, {
    nullable: true,
    description: 'The account it goes out on (loaded with the brand’s accounts); null once removed.',
  })
  async account(
    @Parent() publication: PublicationView,
    @Context() ctx: GqlContext,
  ): Promise<SocialAccountView | null> {
    const accounts = await this.accounts.forRequest(ctx).load(publication.brandId);
    return accounts.find((account) => account.id === publication.accountId) ?? null;
  }
}

@Resolver(() => PostModel)
export class PostPublicationsResolver {
  constructor(private readonly publications: PublicationsLoader) {}

  @ResolveField('publications', () => [PublicationModel], {
    description:
      'One per account and occurrence, soonest first (loaded for every post of the page at once); empty until the post is scheduled.',
    complexity: boundedListComplexity(PUBLICATIONS_PER_POST),
  })
  postPublications(
    @Parent() post: Pick<PostModel, 'id'>,
    @Context() ctx: GqlContext,
  ): Promise<PublicationView[]> {
    return this.publications.forRequest(ctx).load(post.id);
  }
}
