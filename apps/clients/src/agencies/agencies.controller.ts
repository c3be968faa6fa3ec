import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { AgencyView, ClientsSubjects, Envelope, UpdateAgencyPayload } from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { AgenciesService } from './agencies.service';

@Controller()
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @MessagePattern(ClientsSubjects.agency.get)
  get(@Env() envelope: Envelope): Promise<AgencyView> {
    return this.agencies.get(actorFrom(envelope));
  }

  @MessagePattern(ClientsSubjects.agency.update)
  update(
    @Env() envelope: Envelope,
    @Data(UpdateAgencyPayload) payload: UpdateAgencyPayload,
  ): Promise<AgencyView> {
    return this.agencies.update(actorFrom(envelope), payload);
  }
}
