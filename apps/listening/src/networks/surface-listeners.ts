import { Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { BlueskyListeningAdapter } from './bluesky/bluesky-listening.adapter';
import { MastodonListeningAdapter } from './mastodon/mastodon-listening.adapter';
import { ListenFailure, SurfaceListener } from './surface-listener';
import { XListeningAdapter } from './x/x-listening.adapter';

/** The listener of each network this service reads. */
@Injectable()
export class SurfaceListeners {
  private readonly byNetwork: Map<Network, SurfaceListener>;

  constructor(mastodon: MastodonListeningAdapter, bluesky: BlueskyListeningAdapter, x: XListeningAdapter) {
    this.byNetwork = new Map<Network, SurfaceListener>(
      [mastodon, bluesky, x].map((listener) => [listener.network, listener]),
    );
  }

  of(network: Network): SurfaceListener {
    const listener = this.byNetwork.get(network);
    if (!listener) throw new ListenFailure('refused', `Listening does not read ${network} yet`);
    return listener;
  }
}
