import { Network } from '@relais/contracts';
import { ClientsConfig } from '../../config';
import { BlueskyConnectAdapter } from './bluesky.adapter';
import { FacebookConnectAdapter } from './facebook.adapter';
import { LinkedInConnectAdapter } from './linkedin.adapter';
import { MastodonConnectAdapter } from './mastodon.adapter';
import { OAuthClientApp, OAuthNetwork } from './network-oauth';
import { XConnectAdapter } from './x.adapter';

/** What each network's connection needs of the configuration: its adapter and Relais's app there. */
export class ConnectNetworks {
  readonly x: XConnectAdapter;
  readonly linkedin: LinkedInConnectAdapter;
  readonly facebook: FacebookConnectAdapter;
  readonly mastodon: MastodonConnectAdapter;
  readonly bluesky: BlueskyConnectAdapter;

  constructor(private readonly config: ClientsConfig) {
    const timeoutMs = config.HTTP_TIMEOUT_MS;
    this.x = new XConnectAdapter({ webUrl: config.X_WEB_URL, apiUrl: config.X_API_URL, timeoutMs });
    this.linkedin = new LinkedInConnectAdapter({
      oauthUrl: config.LINKEDIN_OAUTH_URL,
      apiUrl: config.LINKEDIN_API_URL,
      version: config.LINKEDIN_VERSION,
      timeoutMs,
    });
    this.facebook = new FacebookConnectAdapter({
      webUrl: config.FACEBOOK_WEB_URL,
      graphUrl: config.FACEBOOK_GRAPH_URL,
      graphVersion: config.FACEBOOK_GRAPH_VERSION,
      timeoutMs,
    });
    this.mastodon = new MastodonConnectAdapter({
      appName: config.MASTODON_APP_NAME,
      website: config.CONSOLE_URL,
      timeoutMs,
    });
    this.bluesky = new BlueskyConnectAdapter({ defaultPdsUrl: config.BLUESKY_DEFAULT_PDS_URL, timeoutMs });
  }

  /** The OAuth flow of a network (Bluesky has none: app passwords). */
  oauth(network: Network): OAuthNetwork | null {
    switch (network) {
      case Network.X:
        return this.x;
      case Network.LinkedIn:
        return this.linkedin;
      case Network.FacebookPage:
        return this.facebook;
      case Network.Mastodon:
        return this.mastodon;
      case Network.Bluesky:
        return null;
    }
  }

  /** Relais's app on a network with one app (not Mastodon), or the name of the missing setting. */
  app(network: Network): OAuthClientApp | string {
    const c = this.config;
    switch (network) {
      case Network.X:
        return c.X_CLIENT_ID
          ? { clientId: c.X_CLIENT_ID, clientSecret: c.X_CLIENT_SECRET ?? null }
          : 'X_CLIENT_ID';
      case Network.LinkedIn:
        return c.LINKEDIN_CLIENT_ID && c.LINKEDIN_CLIENT_SECRET
          ? { clientId: c.LINKEDIN_CLIENT_ID, clientSecret: c.LINKEDIN_CLIENT_SECRET }
          : 'LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET';
      case Network.FacebookPage:
        return c.FACEBOOK_APP_ID && c.FACEBOOK_APP_SECRET
          ? { clientId: c.FACEBOOK_APP_ID, clientSecret: c.FACEBOOK_APP_SECRET }
          : 'FACEBOOK_APP_ID and FACEBOOK_APP_SECRET';
      case Network.Mastodon:
      case Network.Bluesky:
        return 'no app';
    }
  }

  /** Whether the redirect URI is one Relais registered (exact comparison). */
  allowsRedirect(uri: string): boolean {
    return this.config.CONNECT_REDIRECT_URIS.includes(uri);
  }

  get redirectUris(): readonly string[] {
    return this.config.CONNECT_REDIRECT_URIS;
  }

  get attemptTtlMs(): number {
    return this.config.CONNECT_ATTEMPT_TTL_MINUTES * 60_000;
  }
}
