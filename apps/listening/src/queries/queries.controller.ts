import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  CreateListeningQueryPayload,
  Envelope,
  ListeningQueryIdPayload,
  ListeningQueryPreview,
  ListeningQueryView,
  ListeningSubjects,
  ListListeningQueriesPayload,
  PreviewListeningQueryPayload,
  UpdateListeningQueryPayload,
} from '@relais/contracts';
import { actorFrom } from '@relais/server-database';
import { Data, Env } from '@relais/server-nats';
import { QueriesService } from './queries.service';

@Controller()
export class QueriesController {
  constructor(private readonly queries: QueriesService) {}

  @MessagePattern(ListeningSubjects.query.create)
  createQuery(
    @Env() envelope: Envelope,
    @Data(CreateListeningQueryPayload) payload: CreateListeningQueryPayload,
  ): Promise<ListeningQueryView> {
    return this.queries.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ListeningSubjects.query.update)
  updateQuery(
    @Env() envelope: Envelope,
    @Data(UpdateListeningQueryPayload) payload: UpdateListeningQueryPayload,
  ): Promise<ListeningQueryView> {
    return this.queries.update(actorFrom(envelope), payload);
  }

  @MessagePattern(ListeningSubjects.query.delete)
  deleteQuery(
    @Env() envelope: Envelope,
    @Data(ListeningQueryIdPayload) payload: ListeningQueryIdPayload,
  ): Promise<string> {
    return this.queries.delete(actorFrom(envelope), payload);
  }

  @MessagePattern(ListeningSubjects.query.list)
  listQueries(
    @Env() envelope: Envelope,
    @Data(ListListeningQueriesPayload) payload: ListListeningQueriesPayload,
  ): Promise<ListeningQueryView[]> {
    return this.queries.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ListeningSubjects.query.get)
  getQuery(
    @Env() envelope: Envelope,
    @Data(ListeningQueryIdPayload) payload: ListeningQueryIdPayload,
  ): Promise<ListeningQueryView> {
    return this.queries.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ListeningSubjects.query.preview)
  previewQuery(
    @Env() envelope: Envelope,
    @Data(PreviewListeningQueryPayload) payload: PreviewListeningQueryPayload,
  ): Promise<ListeningQueryPreview> {
    return this.queries.preview(actorFrom(envelope), payload);
  }
}
