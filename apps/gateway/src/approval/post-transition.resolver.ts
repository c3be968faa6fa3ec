import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostTransitionView } from '@relais/contracts';
import { GqlContext } from '../graphql/graphql-context';
import { MemberNamesLoader } from '../posts/member-names.loader';
import { PostTransitionModel } from './approval.model';

/**
 * Who made a change. The approval flow keeps the person's name with what they did; other changes
 * (creating, editing a post) name the member through the request's member names, batched.
 */
@Resolver(() => PostTransitionModel)
export class PostTransitionResolver {
  constructor(private readonly names: MemberNamesLoader) {}

  @ResolveField('actorName', () => String, { nullable: true })
  async actorName(@Parent() entry: PostTransitionView, @Context() ctx: GqlContext): Promise<string | null> {
    if (entry.actorName) return entry.actorName;
    return entry.actorId ? this.names.forRequest(ctx).load(entry.actorId) : null;
  }
}
