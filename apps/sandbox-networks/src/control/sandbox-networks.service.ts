import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { NetworkServer } from '../core/network-server';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { blueskyNetwork } from '../networks/bluesky/bluesky-network';
import { connectJetstream } from '../networks/bluesky/jetstream-feed';
import { JetstreamServer } from '../networks/bluesky/jetstream-server';
import { facebookNetwork } from '../networks/facebook/facebook-network';
import { FacebookWebhooks } from '../networks/facebook/facebook-webhooks';
import { ListeningStream } from '../listening/listening-stream';
import { linkedinNetwork } from '../networks/linkedin/linkedin-network';
import { mastodonNetwork } from '../networks/mastodon/mastodon-network';
import { NetworkContext, NetworkDefinition } from '../networks/network-definition';
import { xNetwork } from '../networks/x/x-network';
import { Sandbox } from '../state/sandbox';

type NetworkFactory = (context: NetworkContext) => NetworkDefinition;

/** Each network, the config key of its port. Adding a network: one folder and one line here. */
const NETWORK_LISTENERS: ReadonlyArray<{
  network: Network;
  factory: NetworkFactory;
  port: keyof SandboxConfig;
}> = [
  { network: Network.Mastodon, factory: mastodonNetwork, port: 'MASTODON_PORT' },
  { network: Network.Bluesky, factory: blueskyNetwork, port: 'BLUESKY_PORT' },
  { network: Network.FacebookPage, factory: facebookNetwork, port: 'FACEBOOK_PORT' },
  { network: Network.LinkedIn, factory: linkedinNetwork, port: 'LINKEDIN_PORT' },
  { network: Network.X, factory: xNetwork, port: 'X_PORT' },
];

/** The shared state and one HTTP listener per network, started with the app and closed with it. */
@Injectable()
export class SandboxNetworks implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly sandbox: Sandbox;
  readonly listeningStream: ListeningStream;
  readonly facebookWebhooks: FacebookWebhooks;
  private readonly logger = new Logger(SandboxNetworks.name);
  private readonly servers: NetworkServer[] = [];
  private readonly urls = new Map<Network, string>();
  private readonly jetstream: JetstreamServer;
  private jetstreamUrl: string | null = null;

  constructor(@Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig) {
    this.sandbox = new Sandbox({
      secret: config.SANDBOX_SECRET,
      duplicateWindowSeconds: config.DUPLICATE_WINDOW_SECONDS,
      latencyMs: config.LATENCY_MS,
      oauthRedirectUris: config.OAUTH_REDIRECT_URIS.split(',')
        .map((uri) => uri.trim())
        .filter(Boolean),
      oauthCodeTtlSeconds: config.OAUTH_CODE_TTL_SECONDS,
      listeningMaxItems: config.LISTENING_MAX_ITEMS,
    });
    this.listeningStream = new ListeningStream(this.sandbox);
    this.facebookWebhooks = new FacebookWebhooks(this.sandbox);
    this.jetstream = new JetstreamServer({ maxBufferedBytes: config.JETSTREAM_MAX_BUFFERED_BYTES });
    connectJetstream(this.sandbox, this.jetstream);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const { network, factory, port } of NETWORK_LISTENERS) {
      const definition = factory({ sandbox: this.sandbox, baseUrl: () => this.urlOf(network) });
      const server = new NetworkServer({
        name: network,
        router: definition.router,
        fallbacks: definition.fallbacks,
        requestIdHeader: definition.requestIdHeader,
        latencyMs: () => this.sandbox.latencyFor(network),
        onError: (error, request) =>
          this.logger.error(
            `${network} ${request.method} ${request.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          ),
      });
      const bound = await server.listen(Number(this.config[port]), this.config.LISTEN_HOST);
      this.servers.push(server);
      this.urls.set(network, `http://${this.config.PUBLIC_HOST}:${bound}`);
      this.logger.log(`${network} listening on ${this.urlOf(network)}`);
    }
    const jetstreamPort = await this.jetstream
      .listen(this.config.JETSTREAM_PORT, this.config.LISTEN_HOST)
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') throw error;
        this.logger.warn(`Jetstream port ${this.config.JETSTREAM_PORT} is taken; using any free port`);
        return this.jetstream.listen(0, this.config.LISTEN_HOST);
      });
    this.jetstreamUrl = `ws://${this.config.PUBLIC_HOST}:${jetstreamPort}`;
    this.logger.log(`jetstream listening on ${this.jetstreamUrl}/subscribe`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.listeningStream.stopAll();
    this.facebookWebhooks.stop();
    await Promise.all([...this.servers.map((server) => server.close()), this.jetstream.close()]);
  }

  /**
   * Base URL per network (the instanceUrl of Mastodon/Bluesky accounts, the API base for the others)
   * and `jetstream`, the WebSocket base of Bluesky's firehose.
   */
  endpoints(): Record<Network | 'jetstream', string> {
    const networks = Object.fromEntries(
      NETWORK_LISTENERS.map(({ network }) => [network, this.urlOf(network)]),
    );
    return { ...(networks as Record<Network, string>), jetstream: this.jetstreamUrl ?? '' };
  }

  /** Forgets the firehose's replay buffer (connected clients stay). */
  clearJetstream(): void {
    this.jetstream.clear();
  }

  urlOf(network: Network): string {
    const url = this.urls.get(network);
    if (!url) throw new Error(`The ${network} listener has not started`);
    return url;
  }
}
