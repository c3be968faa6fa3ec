import { Module } from '@nestjs/common';
import { AccountEventsConsumer } from './account-events.consumer';

/** The connected accounts listening hears through, as the clients service's events describe them. */
@Module({
  providers: [AccountEventsConsumer],
  exports: [AccountEventsConsumer],
})
export class SourcesModule {}
