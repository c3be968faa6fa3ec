import { Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { BlueskyAdapter } from './bluesky/bluesky.adapter';
import { FacebookAdapter } from './facebook/facebook.adapter';
import { LinkedInAdapter } from './linkedin/linkedin.adapter';
import { MastodonAdapter } from './mastodon/mastodon.adapter';
import { NetworkAdapter } from './network-adapter';
import { XAdapter } from './x/x.adapter';

/** The adapter of each network: adding a network is one folder and one line here. */
@Injectable()
export class AdapterRegistry {
  private readonly adapters: Readonly<Record<Network, NetworkAdapter>>;

  constructor(
    mastodon: MastodonAdapter,
    bluesky: BlueskyAdapter,
    facebook: FacebookAdapter,
    linkedin: LinkedInAdapter,
    x: XAdapter,
  ) {
    this.adapters = {
      [Network.Mastodon]: mastodon,
      [Network.Bluesky]: bluesky,
      [Network.FacebookPage]: facebook,
      [Network.LinkedIn]: linkedin,
      [Network.X]: x,
    };
  }

  get(network: Network): NetworkAdapter {
    const adapter = this.adapters[network] as NetworkAdapter | undefined;
    if (!adapter) throw new Error(`No adapter publishes to the network "${String(network)}".`);
    return adapter;
  }
}
