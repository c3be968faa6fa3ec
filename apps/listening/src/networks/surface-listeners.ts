import { Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { MastodonListeningAdapter } from './mastodon/mastodon-listening.adapter';
import { ListenFailure, SurfaceListener } from './surface-listener';

/** The listener of each network this service reads. */
@Injectable()
export class SurfaceListeners {
  private readonly byNetwork: Map<Network, SurfaceListener>;

  constructor(mastodon: MastodonListeningAdapter) {
    this.byNetwork = new Map<Network, SurfaceListener>(
      [mastodon].map((listener) => [listener.network, listener]),
    );
  }

  of(network: Network): SurfaceListener {
    const listener = this.byNetwork.get(network);
    if (!listener) throw new ListenFailure('refused', `Listening does not read ${network} yet`);
    return listener;
  }
}
