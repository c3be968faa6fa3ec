import { Module } from '@nestjs/common';
import { AccountEventsConsumer } from '../accounts/account-events.consumer';
import { CredentialsCache } from '../credentials/credentials-cache';
import { PublicationsController } from '../publications/publications.controller';
import { PublicationsService } from '../publications/publications.service';
import { PostEventsConsumer } from '../schedules/post-events.consumer';
import { TokenRefresher } from '../tokens/token-refresher';
import { DispatchMetrics } from './dispatch-metrics';
import { Dispatcher } from './dispatcher';
import { ResultWriter } from './result-writer';
import { Settlement } from './settlement';

/**
 * Publishing end to end: the content and clients event consumers, the dispatcher and its result
 * writing, token refreshes, and the publications' NATS handlers. The adapters come from NetworksModule.
 */
@Module({
  controllers: [PublicationsController],
  providers: [
    DispatchMetrics,
    Settlement,
    ResultWriter,
    CredentialsCache,
    TokenRefresher,
    Dispatcher,
    PostEventsConsumer,
    AccountEventsConsumer,
    PublicationsService,
  ],
  exports: [Dispatcher, PostEventsConsumer, AccountEventsConsumer],
})
export class DispatchModule {}
