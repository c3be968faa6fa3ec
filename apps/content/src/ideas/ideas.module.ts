import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { FeedFetcher } from './feed-fetcher';
import { FeedPoller } from './feed-poller';
import { FeedReader } from './feed-reader';
import { FeedsService } from './feeds.service';
import { IdeasController } from './ideas.controller';
import { IdeasService } from './ideas.service';

/** RSS/Atom feeds per brand, read on a schedule into ideas, and ideas made into draft posts. */
@Module({
  imports: [PostsModule],
  controllers: [IdeasController],
  providers: [FeedFetcher, FeedReader, FeedPoller, FeedsService, IdeasService],
  exports: [FeedPoller],
})
export class IdeasModule {}
