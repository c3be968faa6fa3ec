import { Module } from '@nestjs/common';
import { PublishingResultsConsumer } from './publishing-results.consumer';

/** Posts follow what the publishing service reports: published, failed, or on to the next occurrence. */
@Module({
  providers: [PublishingResultsConsumer],
  exports: [PublishingResultsConsumer],
})
export class PublishingResultsModule {}
