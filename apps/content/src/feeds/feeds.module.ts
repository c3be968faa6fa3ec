import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { FeedFetcher } from './feed-fetcher';
import { FeedPoller } from './feed-poller';
import { FeedReader } from './feed-reader';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';

/**
 * RSS/Atom feeds per brand, read on a schedule: each new item becomes an idea (written in the read's
 * transaction). Outbound HTTP goes through `FeedFetcher` alone.
 */
@Module({
  imports: [BrandsModule],
  controllers: [FeedsController],
  providers: [FeedFetcher, FeedReader, FeedPoller, FeedsService],
  exports: [FeedPoller],
})
export class FeedsModule {}
