import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module';
import { ItemPartitionRepository } from './item-partition.repository';
import { ItemPartitionsService } from './item-partitions.service';
import { ItemsService } from './items.service';

/**
 * What was heard for each brand: stored once, in monthly partitions, matched against the brand's
 * queries, and announced.
 */
@Module({
  imports: [QueriesModule],
  providers: [ItemPartitionRepository, ItemPartitionsService, ItemsService],
  exports: [ItemsService, ItemPartitionsService],
})
export class ItemsModule {}
