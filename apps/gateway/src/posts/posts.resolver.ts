import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ContentSubjects,
  Envelope,
  LinkPreviewView,
  ListPostsPayload,
  Network,
  Page,
  PostCheckView,
  PostStatus,
  PostView,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { SocialAccountsLoader } from '../accounts/social-accounts.loader';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';
import { GqlContext } from '../graphql/graphql-context';
import { payloadOf } from '../graphql/payload';
import { withNulls } from './clearable-payload';
import { MemberNamesLoader } from './member-names.loader';
import { LinkPreviewModel } from './link-card.model';
import { CheckPostInput, CreatePostInput, UpdatePostInput } from './post.input';
import { PostCheckModel, PostConnection, PostModel, PostTargetModel } from './post.model';
import { PostStatusEnum } from './post.enums';

const DEFAULT_PAGE = 20;

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly nats: NatsRequester,
    private readonly accounts: SocialAccountsLoader,
    private readonly names: MemberNamesLoader,
  ) {}

  @Query(() => PostModel)
  async post(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostView> {
    return this.nats.request<PostView>(ContentSubjects.post.get, envelope, { id });
  }

  @Query(() => LinkPreviewModel, {
    description:
      'The card a link makes (title, description, picture), for the composer: read from the page once, then kept for the brand. Public http(s) pages only; a page that cannot be read gives a warning, not an error. Limited per person (RATE_LIMITED).',
  })
  async linkPreview(
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('url') url: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<LinkPreviewView> {
    return this.nats.request<LinkPreviewView>(ContentSubjects.linkCard.preview, envelope, { brandId, url });
  }

  @Query(() => PostConnection, {
    description:
      'Posts in scope, most recently changed first. Without a status filter, archived posts are left out; from/to bound scheduledAt.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async posts(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID, nullable: true }) brandId: string | null,
    @Args('status', { type: () => [PostStatusEnum], nullable: true }) status: PostStatus[] | null,
    @Args('network', { type: () => NetworkEnum, nullable: true }) network: Network | null,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId: string | null,
    @Args('labelId', { type: () => ID, nullable: true }) labelId: string | null,
    @Args('authorId', { type: () => ID, nullable: true }) authorId: string | null,
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from: string | null,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<PostView>> {
    const payload: ListPostsPayload = payloadOf({
      brandId,
      status,
      network,
      campaignId,
      labelId,
      authorId,
      from,
      to,
      search,
      first,
      after,
    });
    const page = await this.nats.request<Page<PostView>>(ContentSubjects.post.list, envelope, payload);
    return toConnection(page);
  }

  @Query(() => PostCheckModel, {
    description: 'Checks a post against the networks and the brand, saving nothing.',
  })
  async checkPost(
    @Args('input') input: CheckPostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostCheckView> {
    return this.nats.request<PostCheckView>(ContentSubjects.post.check, envelope, payloadOf(input));
  }

  @Mutation(() => PostModel, {
    description: 'A draft. Refused as a whole when a network or the brand would refuse it.',
  })
  async createPost(
    @Args('input') input: CreatePostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostView> {
    return this.nats.request<PostView>(ContentSubjects.post.create, envelope, payloadOf(input));
  }

  @Mutation(() => PostModel, {
    description: 'Drafts and posts sent back for changes; an approved or scheduled post goes back to draft.',
  })
  async updatePost(
    @Args('input') input: UpdatePostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostView> {
    return this.nats.request<PostView>(
      ContentSubjects.post.update,
      envelope,
      withNulls(input, ['linkUrl', 'campaignId', 'scheduledAt']),
    );
  }

  @Mutation(() => PostModel, { description: 'From any status; restorePost puts it back.' })
  async archivePost(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostView> {
    return this.nats.request<PostView>(ContentSubjects.post.archive, envelope, { id });
  }

  @Mutation(() => PostModel)
  async restorePost(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostView> {
    return this.nats.request<PostView>(ContentSubjects.post.restore, envelope, { id });
  }

  @Mutation(() => ID, { description: 'Drafts only; returns the id.' })
  async deletePost(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<string> {
    return this.nats.request<string>(ContentSubjects.post.delete, envelope, { id });
  }

  @ResolveField('targets', () => [PostTargetModel], {
    description: 'The accounts, with their handles (loaded for every post of the page at once).',
  })
  async targets(@Parent() post: PostView, @Context() ctx: GqlContext): Promise<PostTargetModel[]> {
    const accounts = await this.accounts.forRequest(ctx).load(post.brandId);
    return post.targets.map((target) => ({
      ...target,
      handle: accounts.find((account) => account.id === target.accountId)?.handle ?? null,
    }));
  }

  @ResolveField('authorName', () => String, {
    nullable: true,
    description: 'The author’s display name, for every reader; null once they left the agency.',
  })
  async authorName(@Parent() post: PostView, @Context() ctx: GqlContext): Promise<string | null> {
    return this.names.forRequest(ctx).load(post.authorId);
  }
}
