import { DynamicModule, Module } from '@nestjs/common';
import { AdapterRegistry } from './adapter-registry';
import { BlueskyAdapter } from './bluesky/bluesky.adapter';
import { BlueskySessions } from './bluesky/bluesky-sessions';
import { FacebookAdapter } from './facebook/facebook.adapter';
import { LinkedInAdapter } from './linkedin/linkedin.adapter';
import { MastodonAdapter } from './mastodon/mastodon.adapter';
import { NETWORKS_CONFIG, NetworksConfig } from './networks-config';
import { XAdapter } from './x/x.adapter';

export { NETWORKS_CONFIG } from './networks-config';
export type { NetworksConfig } from './networks-config';

const ADAPTERS = [MastodonAdapter, BlueskyAdapter, FacebookAdapter, LinkedInAdapter, XAdapter];

/** The networks' adapters and their registry, configured with the networks' endpoints. */
@Module({})
export class NetworksModule {
  static forRoot(config: NetworksConfig): DynamicModule {
    return {
      module: NetworksModule,
      providers: [
        { provide: NETWORKS_CONFIG, useValue: config },
        BlueskySessions,
        ...ADAPTERS,
        AdapterRegistry,
      ],
      exports: [AdapterRegistry, ...ADAPTERS],
    };
  }
}
