import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AddCommentPayload,
  CommentIdPayload,
  ContentSubjects,
  EditCommentPayload,
  Envelope,
  ListCommentsPayload,
  PostCommentView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { CommentsService } from './comments.service';

@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @MessagePattern(ContentSubjects.comment.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListCommentsPayload) payload: ListCommentsPayload,
  ): Promise<PostCommentView[]> {
    return this.comments.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.comment.add)
  add(
    @Env() envelope: Envelope,
    @Data(AddCommentPayload) payload: AddCommentPayload,
  ): Promise<PostCommentView> {
    return this.comments.add(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.comment.edit)
  edit(
    @Env() envelope: Envelope,
    @Data(EditCommentPayload) payload: EditCommentPayload,
  ): Promise<PostCommentView> {
    return this.comments.edit(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.comment.delete)
  delete(
    @Env() envelope: Envelope,
    @Data(CommentIdPayload) payload: CommentIdPayload,
  ): Promise<PostCommentView> {
    return this.comments.delete(actorFrom(envelope), payload);
  }
}
