import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  CalendarPostsPayload,
  CalendarPostView,
  ContentSubjects,
  Envelope,
  ReschedulePostPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { CalendarService } from './calendar.service';
import { RescheduleService } from './reschedule.service';

@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly rescheduling: RescheduleService,
  ) {}

  @MessagePattern(ContentSubjects.post.calendar)
  posts(
    @Env() envelope: Envelope,
    @Data(CalendarPostsPayload) payload: CalendarPostsPayload,
  ): Promise<CalendarPostView[]> {
    return this.calendar.posts(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.post.reschedule)
  reschedule(
    @Env() envelope: Envelope,
    @Data(ReschedulePostPayload) payload: ReschedulePostPayload,
  ): Promise<CalendarPostView> {
    return this.rescheduling.reschedule(actorFrom(envelope), payload);
  }
}
