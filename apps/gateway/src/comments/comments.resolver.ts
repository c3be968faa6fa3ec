import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BrandView,
  ClientsSubjects,
  ContentSubjects,
  Envelope,
  isBrandRole,
  MAX_PAGE_SIZE,
  MemberView,
  memberSeesBrand,
  MentionableMemberView,
  Page,
  PostCommentView,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { payloadOf } from '../graphql/payload';
import { AddPostCommentInput, EditPostCommentInput } from './comment.input';
import { MentionableMemberModel, PostCommentModel } from './comment.model';

/** A large team: the member list is read page by page up to this many pages. */
const MAX_MEMBER_PAGES = 20;

/** Comments on posts, and who they may mention. */
@Resolver()
export class CommentsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => [PostCommentModel], {
    description: 'Oldest first. Brand users see only SHARED comments (internal ones are not even counted).',
  })
  postComments(
    @Args('postId', { type: () => ID }) postId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostCommentView[]> {
    return this.nats.request<PostCommentView[]>(ContentSubjects.comment.list, envelope, { postId });
  }

  @Mutation(() => PostCommentModel)
  addPostComment(
    @Args('input') input: AddPostCommentInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostCommentView> {
    return this.nats.request<PostCommentView>(ContentSubjects.comment.add, envelope, payloadOf(input));
  }

  @Mutation(() => PostCommentModel, { description: 'Only its author may edit a comment.' })
  editPostComment(
    @Args('input') input: EditPostCommentInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostCommentView> {
    return this.nats.request<PostCommentView>(ContentSubjects.comment.edit, envelope, payloadOf(input));
  }

  @Mutation(() => PostCommentModel, {
    description: 'Its author (or an owner or admin) deletes a comment; it stays in its thread as deleted.',
  })
  deletePostComment(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostCommentView> {
    return this.nats.request<PostCommentView>(ContentSubjects.comment.delete, envelope, { id });
  }

  @Query(() => [MentionableMemberModel], {
    description:
      'The members who read the brand’s posts, by name. Brand users get an empty list: the team is the agency’s.',
  })
  async mentionableMembers(
    @Args('brandId', { type: () => ID }) brandId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MentionableMemberView[]> {
    // NOT_FOUND for a brand the caller cannot see, like every brand id.
    await this.nats.request<BrandView>(ClientsSubjects.brand.get, envelope, { id: brandId });
    if (envelope.role && isBrandRole(envelope.role)) return [];
    const members: MemberView[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < MAX_MEMBER_PAGES; pages += 1) {
      const page = await this.nats.request<Page<MemberView>>(ClientsSubjects.member.list, envelope, {
        first: MAX_PAGE_SIZE,
        ...(after ? { after } : {}),
      });
      members.push(...page.items);
      after = page.cursors.at(-1);
      if (!page.hasNextPage || !after) break;
    }
    return members
      .filter((member) => memberSeesBrand(member, brandId))
      .map((member) => ({ userId: member.userId, name: member.name, role: member.role }));
  }
}
