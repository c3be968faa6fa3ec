import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { MediaModule } from '../media/media.module';
import { PublicationsModule } from '../publications/publications.module';
import { TokensModule } from '../tokens/tokens.module';
import { DispatchMetrics } from './dispatch-metrics';
import { DispatchRepository } from './dispatch.repository';
import { Dispatcher } from './dispatcher';
import { ResultWriter } from './result-writer.service';

/** The dispatcher and its result writing. The adapters come from NetworksModule. */
@Module({
  imports: [CredentialsModule, MediaModule, PublicationsModule, TokensModule],
  providers: [DispatchMetrics, DispatchRepository, ResultWriter, Dispatcher],
  exports: [Dispatcher],
})
export class DispatchModule {}
