import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientsSubjects, Envelope, MeView, UserView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { ChangePasswordInput, UpdateProfileInput } from './me.input';
import { MeModel } from './me.model';
import { UserModel } from './user.model';
import { payloadOf } from '../graphql/payload';

@Resolver(() => MeModel)
export class MeResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => MeModel, { description: 'The signed-in user, their agency and role.' })
  async me(@RequestEnvelope() envelope: Envelope): Promise<MeView> {
    return this.nats.request<MeView>(ClientsSubjects.user.me, envelope, {});
  }

  @Mutation(() => UserModel)
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<UserView> {
    return this.nats.request<UserView>(ClientsSubjects.user.updateProfile, envelope, payloadOf(input));
  }

  @Mutation(() => Boolean, { description: 'Changes the password; other sessions are signed out.' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<boolean> {
    await this.nats.request<unknown>(ClientsSubjects.user.changePassword, envelope, payloadOf(input));
    return true;
  }
}
