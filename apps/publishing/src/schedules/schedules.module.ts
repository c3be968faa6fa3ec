import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PostEventsConsumer } from './post-events.consumer';

/** Schedules: content's post events become schedules and their occurrences' publications. */
@Module({
  imports: [PublicationsModule],
  providers: [PostEventsConsumer],
  exports: [PostEventsConsumer],
})
export class SchedulesModule {}
