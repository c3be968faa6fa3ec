import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  BrandSlotsPayload,
  ContentSubjects,
  Envelope,
  PostingSlotsView,
  SetPostingSlotsPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { SlotsService } from './slots.service';

@Controller()
export class SlotsController {
  constructor(private readonly slots: SlotsService) {}

  @MessagePattern(ContentSubjects.slot.get)
  get(
    @Env() envelope: Envelope,
    @Data(BrandSlotsPayload) payload: BrandSlotsPayload,
  ): Promise<PostingSlotsView> {
    return this.slots.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.slot.set)
  set(
    @Env() envelope: Envelope,
    @Data(SetPostingSlotsPayload) payload: SetPostingSlotsPayload,
  ): Promise<PostingSlotsView> {
    return this.slots.set(actorFrom(envelope), payload);
  }
}
