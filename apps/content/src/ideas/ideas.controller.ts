import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ContentSubjects,
  CreateDraftFromIdeaPayload,
  Envelope,
  IdeaIdPayload,
  IdeaView,
  ListIdeasPayload,
  Page,
  PostView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { IdeasService } from './ideas.service';

@Controller()
export class IdeasController {
  constructor(private readonly ideas: IdeasService) {}

  @MessagePattern(ContentSubjects.idea.list)
  listIdeas(
    @Env() envelope: Envelope,
    @Data(ListIdeasPayload) payload: ListIdeasPayload,
  ): Promise<Page<IdeaView>> {
    return this.ideas.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.idea.dismiss)
  dismissIdea(@Env() envelope: Envelope, @Data(IdeaIdPayload) payload: IdeaIdPayload): Promise<IdeaView> {
    return this.ideas.dismiss(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.idea.toDraft)
  createDraft(
    @Env() envelope: Envelope,
    @Data(CreateDraftFromIdeaPayload) payload: CreateDraftFromIdeaPayload,
  ): Promise<PostView> {
    return this.ideas.createDraft(actorFrom(envelope), payload);
  }
}
