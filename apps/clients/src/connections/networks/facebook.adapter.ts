import { Network } from '@relais/contracts';
import {
  CodeExchange,
  ConnectFailure,
  ConsentedAccount,
  fetchJson,
  OAuthNetwork,
  withQuery,
} from './network-oauth';

export interface FacebookSettings {
  webUrl: string;
  graphUrl: string;
  graphVersion: string;
  timeoutMs: number;
}

interface FacebookPage {
  id?: string;
  name?: string;
  access_token?: string;
  tasks?: string[];
}

/**
 * Facebook Pages: the Graph login dialog with PKCE. `pages_show_list` lists the person's pages,
 * `pages_manage_posts` posts, `pages_read_engagement` reads what publishing checks. The consent covers
 * each page the person manages: the brand chooses; each page keeps its own page token.
 */
export class FacebookConnectAdapter implements OAuthNetwork {
  readonly network = Network.FacebookPage;
  readonly scopes = ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement'] as const;

  constructor(private readonly settings: FacebookSettings) {}

  private graph(path: string): string {
    return `${this.settings.graphUrl}/${this.settings.graphVersion}${path}`;
  }

  authorizeUrl(request: Parameters<OAuthNetwork['authorizeUrl']>[0]): string {
    return withQuery(`${this.settings.webUrl}/${this.settings.graphVersion}/dialog/oauth`, {
      client_id: request.app.clientId,
      redirect_uri: request.redirectUri,
      state: request.state,
      scope: this.scopes.join(','),
      response_type: 'code',
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  /** The token endpoint is a GET (Graph's own form), so a plain request rather than the OAuth library. */
  async accountsOf(exchange: CodeExchange): Promise<ConsentedAccount[]> {
    const timeoutMs = this.settings.timeoutMs;
    let user: { access_token?: string; expires_in?: number };
    try {
      user = await fetchJson(
        'Facebook',
        withQuery(this.graph('/oauth/access_token'), {
          client_id: exchange.app.clientId,
          client_secret: exchange.app.clientSecret ?? '',
          redirect_uri: exchange.redirectUri,
          code: exchange.code,
          code_verifier: exchange.codeVerifier,
        }),
        { timeoutMs },
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ConnectFailure(`Facebook refused the authorisation (${detail})`);
    }
    if (!user.access_token) throw new ConnectFailure('Facebook gave no access token');
    const headers = { authorization: `Bearer ${user.access_token}` };
    const me = await fetchJson<{ id?: string; name?: string }>(
      'Facebook',
      withQuery(this.graph('/me'), { fields: 'id,name' }),
      { headers, timeoutMs },
    );
    if (!me.id) throw new ConnectFailure('Facebook did not say who signed in');
    const pages = await fetchJson<{ data?: FacebookPage[] }>(
      'Facebook',
      withQuery(this.graph('/me/accounts'), { fields: 'id,name,access_token,tasks' }),
      { headers, timeoutMs },
    );
    const accounts: ConsentedAccount[] = [];
    for (const page of pages.data ?? []) {
      if (!page.id || !page.access_token) continue;
      accounts.push({
        externalId: page.id,
        handle: page.name ?? page.id,
        displayName: page.name ?? null,
        kind: 'page',
        // A page token from a long-lived user token does not expire.
        credentials: { accessToken: page.access_token },
      });
    }
    return accounts;
  }
}
