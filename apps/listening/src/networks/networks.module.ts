import { Module } from '@nestjs/common';
import { MastodonListeningAdapter } from './mastodon/mastodon-listening.adapter';
import { SurfaceListeners } from './surface-listeners';

/** Each network's listening API, read as the network speaks it. */
@Module({
  providers: [MastodonListeningAdapter, SurfaceListeners],
  exports: [SurfaceListeners],
})
export class NetworksModule {}
