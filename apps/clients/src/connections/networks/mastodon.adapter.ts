import * as oauth from 'oauth4webapi';
import { Network } from '@relais/contracts';
import {
  CodeExchange,
  ConnectFailure,
  ConsentedAccount,
  exchangeCode,
  fetchJson,
  OAuthNetwork,
  withQuery,
} from './network-oauth';

export interface MastodonSettings {
  appName: string;
  website: string;
  timeoutMs: number;
}

export interface RegisteredMastodonApp {
  clientId: string;
  clientSecret: string;
}

/**
 * Mastodon: Relais registers its app once per instance (`POST /api/v1/apps`), then OAuth with PKCE
 * (Mastodon 4.3+). `profile` says who signed in; `write:statuses` and `write:media` post.
 */
export class MastodonConnectAdapter implements OAuthNetwork {
  readonly network = Network.Mastodon;
  readonly scopes = ['profile', 'write:statuses', 'write:media'] as const;

  constructor(private readonly settings: MastodonSettings) {}

  private server(instanceUrl: string): oauth.AuthorizationServer {
    return {
      issuer: instanceUrl,
      authorization_endpoint: `${instanceUrl}/oauth/authorize`,
      token_endpoint: `${instanceUrl}/oauth/token`,
    };
  }

  /** Registers Relais on the instance, for every redirect URI Relais may use. */
  async registerApp(instanceUrl: string, redirectUris: readonly string[]): Promise<RegisteredMastodonApp> {
    const app = await fetchJson<{ client_id?: string; client_secret?: string }>(
      `The Mastodon instance ${instanceUrl}`,
      `${instanceUrl}/api/v1/apps`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          client_name: this.settings.appName,
          redirect_uris: redirectUris.join('\n'),
          scopes: this.scopes.join(' '),
          website: this.settings.website,
        }),
        timeoutMs: this.settings.timeoutMs,
      },
    );
    if (!app.client_id || !app.client_secret) {
      throw new ConnectFailure(`The Mastodon instance ${instanceUrl} did not register Relais`);
    }
    return { clientId: app.client_id, clientSecret: app.client_secret };
  }

  authorizeUrl(request: Parameters<OAuthNetwork['authorizeUrl']>[0]): string {
    const instanceUrl = request.instanceUrl as string;
    return withQuery(this.server(instanceUrl).authorization_endpoint as string, {
      response_type: 'code',
      client_id: request.app.clientId,
      redirect_uri: request.redirectUri,
      scope: this.scopes.join(' '),
      state: request.state,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async accountsOf(exchange: CodeExchange): Promise<ConsentedAccount[]> {
    const instanceUrl = exchange.instanceUrl as string;
    const tokens = await exchangeCode(
      'Mastodon',
      this.server(instanceUrl),
      exchange,
      oauth.ClientSecretPost(exchange.app.clientSecret ?? ''),
      this.settings.timeoutMs,
    );
    const me = await fetchJson<{ id?: string; username?: string; acct?: string; display_name?: string }>(
      'Mastodon',
      `${instanceUrl}/api/v1/accounts/verify_credentials`,
      { headers: { authorization: `Bearer ${tokens.access_token}` }, timeoutMs: this.settings.timeoutMs },
    );
    if (!me.id || !me.username) throw new ConnectFailure('Mastodon did not say who signed in');
    return [
      {
        externalId: me.id,
        handle: `@${me.username}@${new URL(instanceUrl).host}`,
        displayName: me.display_name || null,
        kind: 'profile',
        credentials: { accessToken: tokens.access_token },
      },
    ];
  }
}
