import * as oauth from 'oauth4webapi';
import { Network } from '@relais/contracts';
import {
  CodeExchange,
  ConnectFailure,
  ConsentedAccount,
  exchangeCode,
  expiresAtOf,
  fetchJson,
  OAuthNetwork,
  withQuery,
} from './network-oauth';

export interface XSettings {
  webUrl: string;
  apiUrl: string;
  timeoutMs: number;
}

/**
 * X: OAuth 2.0 authorization code with PKCE (S256). Posting needs `tweet.write` (and `media.write` for
 * images), reading who signed in `users.read` with `tweet.read`, and keeping access `offline.access`.
 */
export class XConnectAdapter implements OAuthNetwork {
  readonly network = Network.X;
  readonly scopes = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'] as const;

  constructor(private readonly settings: XSettings) {}

  private server(): oauth.AuthorizationServer {
    return {
      issuer: this.settings.webUrl,
      authorization_endpoint: `${this.settings.webUrl}/i/oauth2/authorize`,
      token_endpoint: `${this.settings.apiUrl}/2/oauth2/token`,
    };
  }

  authorizeUrl(request: Parameters<OAuthNetwork['authorizeUrl']>[0]): string {
    return withQuery(this.server().authorization_endpoint as string, {
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
    const auth = exchange.app.clientSecret
      ? oauth.ClientSecretBasic(exchange.app.clientSecret)
      : oauth.None();
    const tokens = await exchangeCode('X', this.server(), exchange, auth, this.settings.timeoutMs);
    const me = await fetchJson<{ data?: { id?: string; name?: string; username?: string } }>(
      'X',
      `${this.settings.apiUrl}/2/users/me`,
      { headers: { authorization: `Bearer ${tokens.access_token}` }, timeoutMs: this.settings.timeoutMs },
    );
    if (!me.data?.id || !me.data.username) throw new ConnectFailure('X did not say who signed in');
    return [
      {
        externalId: me.data.id,
        handle: `@${me.data.username}`,
        displayName: me.data.name ?? null,
        kind: 'profile',
        credentials: {
          accessToken: tokens.access_token,
          ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
          ...(expiresAtOf(tokens.expires_in) ? { expiresAt: expiresAtOf(tokens.expires_in) } : {}),
        },
      },
    ];
  }
}
