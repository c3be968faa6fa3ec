import { Module } from '@nestjs/common';
import { ApprovalModule } from '../approval/approval.module';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { MentionChecker } from './mention-checker';

/** Threaded comments on posts, internal or shared with the client, with mentions. */
@Module({
  imports: [ApprovalModule],
  controllers: [CommentsController],
  providers: [CommentsService, MentionChecker],
})
export class CommentsModule {}
