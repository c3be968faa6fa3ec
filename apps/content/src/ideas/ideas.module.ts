import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { IdeasController } from './ideas.controller';
import { IdeasService } from './ideas.service';

/** Ideas brought by the brands' feeds (`feeds/`): listed, dismissed, or made into draft posts. */
@Module({
  imports: [PostsModule],
  controllers: [IdeasController],
  providers: [IdeasService],
})
export class IdeasModule {}
