import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BrandView, ClientsSubjects, Envelope, Page, SocialAccountView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { SocialAccountsLoader } from '../accounts/social-accounts.loader';
import { SocialAccountModel } from '../accounts/social-account.model';
import { RequestEnvelope } from '../request/request.decorators';
import { boundedListComplexity, connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { GqlContext } from '../graphql/graphql-context';
import { CreateBrandInput, UpdateBrandInput } from './brand.input';
import { BrandConnection, BrandModel } from './brand.model';
import { payloadOf } from '../graphql/payload';

const DEFAULT_PAGE = 20;
/** Expected accounts per brand, for the cost of `Brand.socialAccounts` (about one per network). */
const ACCOUNTS_PER_BRAND = 5;

@Resolver(() => BrandModel)
export class BrandsResolver {
  constructor(
    private readonly nats: NatsRequester,
    private readonly accounts: SocialAccountsLoader,
  ) {}

  @Query(() => BrandConnection, {
    description: 'The brands the user may see, by name.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async brands(
    @RequestEnvelope() envelope: Envelope,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<Connection<BrandView>> {
    const page = await this.nats.request<Page<BrandView>>(
      ClientsSubjects.brand.list,
      envelope,
      payloadOf({
        first,
        after,
        search,
        includeArchived,
      }),
    );
    return toConnection(page);
  }

  @Query(() => BrandModel)
  async brand(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<BrandView> {
    return this.nats.request<BrandView>(ClientsSubjects.brand.get, envelope, { id });
  }

  @Mutation(() => BrandModel, { description: 'Owners, admins and account managers.' })
  async createBrand(
    @Args('input') input: CreateBrandInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<BrandView> {
    return this.nats.request<BrandView>(ClientsSubjects.brand.create, envelope, payloadOf(input));
  }

  @Mutation(() => BrandModel)
  async updateBrand(
    @Args('input') input: UpdateBrandInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<BrandView> {
    return this.nats.request<BrandView>(ClientsSubjects.brand.update, envelope, payloadOf(input));
  }

  @Mutation(() => BrandModel, { description: 'Hides the brand from lists and stops its publishing.' })
  async archiveBrand(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<BrandView> {
    return this.nats.request<BrandView>(ClientsSubjects.brand.archive, envelope, { id });
  }

  @Mutation(() => BrandModel)
  async restoreBrand(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<BrandView> {
    return this.nats.request<BrandView>(ClientsSubjects.brand.restore, envelope, { id });
  }

  @ResolveField('socialAccounts', () => [SocialAccountModel], {
    description: 'The brand’s connected accounts (loaded for every brand of the page at once).',
    complexity: boundedListComplexity(ACCOUNTS_PER_BRAND),
  })
  async socialAccounts(@Parent() brand: BrandView, @Context() ctx: GqlContext): Promise<SocialAccountView[]> {
    return this.accounts.forRequest(ctx).load(brand.id);
  }
}
