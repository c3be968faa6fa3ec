import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AgencyView, ClientsSubjects, Envelope } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { UpdateAgencyInput } from './agency.input';
import { AgencyModel } from './agency.model';
import { payloadOf } from '../graphql/payload';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => AgencyModel, { description: 'The agency the access token opens.' })
  async agency(@RequestEnvelope() envelope: Envelope): Promise<AgencyView> {
    return this.nats.request<AgencyView>(ClientsSubjects.agency.get, envelope, {});
  }

  @Mutation(() => AgencyModel, { description: 'Owners and admins only.' })
  async updateAgency(
    @Args('input') input: UpdateAgencyInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<AgencyView> {
    return this.nats.request<AgencyView>(ClientsSubjects.agency.update, envelope, payloadOf(input));
  }
}
