import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientsSubjects, Envelope, MemberView, Page, Role } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { RoleEnum } from '../graphql/enums';
import { payloadOf } from '../graphql/payload';
import { MemberConnection, MemberModel } from './member.model';
import { AssignBrandsInput, ChangeMemberRoleInput } from './team.input';

const DEFAULT_PAGE = 20;

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => MemberConnection, {
    description: 'The agency’s members (brand users see their brand’s).',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async members(
    @RequestEnvelope() envelope: Envelope,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('role', { type: () => RoleEnum, nullable: true }) role: Role | null,
  ): Promise<Connection<MemberView>> {
    const page = await this.nats.request<Page<MemberView>>(
      ClientsSubjects.member.list,
      envelope,
      payloadOf({ first, after, role }),
    );
    return toConnection(page);
  }

  @Query(() => MemberModel)
  async member(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MemberView> {
    return this.nats.request<MemberView>(ClientsSubjects.member.get, envelope, { id });
  }

  @Mutation(() => MemberModel, { description: 'Owners and admins; the last owner keeps their role.' })
  async changeMemberRole(
    @Args('input') input: ChangeMemberRoleInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MemberView> {
    return this.nats.request<MemberView>(ClientsSubjects.member.changeRole, envelope, payloadOf(input));
  }

  @Mutation(() => MemberModel, { description: 'Sets the brands a community manager works on.' })
  async assignBrands(
    @Args('input') input: AssignBrandsInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<MemberView> {
    return this.nats.request<MemberView>(ClientsSubjects.member.assignBrands, envelope, payloadOf(input));
  }

  @Mutation(() => Boolean, { description: 'Removes the member from the agency and ends their sessions.' })
  async removeMember(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<boolean> {
    await this.nats.request<unknown>(ClientsSubjects.member.remove, envelope, { id });
    return true;
  }
}
