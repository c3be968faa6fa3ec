import { Module } from '@nestjs/common';
import { BlueskyListeningAdapter } from './bluesky/bluesky-listening.adapter';
import { MastodonListeningAdapter } from './mastodon/mastodon-listening.adapter';
import { SurfaceListeners } from './surface-listeners';
import { XListeningAdapter } from './x/x-listening.adapter';

/** Each network's listening API, read as the network speaks it. */
@Module({
  providers: [MastodonListeningAdapter, BlueskyListeningAdapter, XListeningAdapter, SurfaceListeners],
  exports: [SurfaceListeners],
})
export class NetworksModule {}
