import { Module } from '@nestjs/common';
import { BrandsClient } from './brands.client';
import { QueriesController } from './queries.controller';
import { QueriesService } from './queries.service';
import { QueryMatchingService } from './query-matching.service';

/** Each brand's listening queries, and the matching of new items against them. */
@Module({
  controllers: [QueriesController],
  providers: [BrandsClient, QueriesService, QueryMatchingService],
  exports: [QueryMatchingService],
})
export class QueriesModule {}
