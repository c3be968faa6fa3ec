import { Module } from '@nestjs/common';
import { ItemPartitionRepository } from './item-partition.repository';
import { ItemPartitionsService } from './item-partitions.service';
import { ItemsService } from './items.service';

/** What was heard for each brand: stored once, in monthly partitions, and announced. */
@Module({
  providers: [ItemPartitionRepository, ItemPartitionsService, ItemsService],
  exports: [ItemsService, ItemPartitionsService],
})
export class ItemsModule {}
