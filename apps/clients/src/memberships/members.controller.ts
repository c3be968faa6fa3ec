import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AssignBrandsPayload,
  ChangeMemberRolePayload,
  ClientsSubjects,
  Envelope,
  ListMembersPayload,
  MemberIdPayload,
  MemberView,
  Page,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { MembersService } from './members.service';

@Controller()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @MessagePattern(ClientsSubjects.member.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListMembersPayload) payload: ListMembersPayload,
  ): Promise<Page<MemberView>> {
    return this.members.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.member.get)
  get(@Env() envelope: Envelope, @Data(MemberIdPayload) payload: MemberIdPayload): Promise<MemberView> {
    return this.members.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.member.changeRole)
  changeRole(
    @Env() envelope: Envelope,
    @Data(ChangeMemberRolePayload) payload: ChangeMemberRolePayload,
  ): Promise<MemberView> {
    return this.members.changeRole(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.member.assignBrands)
  assignBrands(
    @Env() envelope: Envelope,
    @Data(AssignBrandsPayload) payload: AssignBrandsPayload,
  ): Promise<MemberView> {
    return this.members.assignBrands(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.member.remove)
  remove(@Env() envelope: Envelope, @Data(MemberIdPayload) payload: MemberIdPayload): Promise<boolean> {
    return this.members.remove(actorFrom(envelope), payload);
  }
}
