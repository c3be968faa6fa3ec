import * as oauth from 'oauth4webapi';
import { Network } from '@relais/contracts';
import {
  CodeExchange,
  ConnectFailure,
  ConsentedAccount,
  expiresAtOf,
  fetchJson,
  OAuthNetwork,
  oauthOptions,
  refusal,
  withQuery,
} from './network-oauth';

export interface LinkedInSettings {
  oauthUrl: string;
  apiUrl: string;
  version: string;
  timeoutMs: number;
}

interface LinkedInTokens {
  access_token?: string;
  expires_in?: number;
  refresh_token?: string;
}

/**
 * LinkedIn: authorization code with PKCE. `openid profile` say who signed in, `w_member_social` posts as
 * them, `r_organization_admin` lists the organizations they administer and `w_organization_social`
 * posts as those. The consent covers the member and each organization: the brand chooses.
 */
export class LinkedInConnectAdapter implements OAuthNetwork {
  readonly network = Network.LinkedIn;
  readonly scopes = [
    'openid',
    'profile',
    'w_member_social',
    'w_organization_social',
    'r_organization_admin',
  ] as const;

  constructor(private readonly settings: LinkedInSettings) {}

  private server(): oauth.AuthorizationServer {
    return {
      issuer: this.settings.oauthUrl,
      authorization_endpoint: `${this.settings.oauthUrl}/oauth/v2/authorization`,
      token_endpoint: `${this.settings.oauthUrl}/oauth/v2/accessToken`,
    };
  }

  authorizeUrl(request: Parameters<OAuthNetwork['authorizeUrl']>[0]): string {
    return withQuery(this.server().authorization_endpoint as string, {
      response_type: 'code',
      client_id: request.app.clientId,
      redirect_uri: request.redirectUri,
      state: request.state,
      scope: this.scopes.join(' '),
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async accountsOf(exchange: CodeExchange): Promise<ConsentedAccount[]> {
    const tokens = await this.exchange(exchange);
    const access = tokens.access_token as string;
    const credentials = {
      accessToken: access,
      ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
      ...(expiresAtOf(tokens.expires_in) ? { expiresAt: expiresAtOf(tokens.expires_in) } : {}),
    };
    const headers = {
      authorization: `Bearer ${access}`,
      'LinkedIn-Version': this.settings.version,
      'X-Restli-Protocol-Version': '2.0.0',
    };
    const timeoutMs = this.settings.timeoutMs;
    const me = await fetchJson<{ sub?: string; name?: string }>(
      'LinkedIn',
      `${this.settings.apiUrl}/v2/userinfo`,
      {
        headers,
        timeoutMs,
      },
    );
    if (!me.sub) throw new ConnectFailure('LinkedIn did not say who signed in');
    const acls = await fetchJson<{ elements?: { organization?: string; role?: string; state?: string }[] }>(
      'LinkedIn',
      `${this.settings.apiUrl}/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED`,
      { headers, timeoutMs },
    );
    const accounts: ConsentedAccount[] = [
      {
        externalId: `urn:li:person:${me.sub}`,
        handle: me.name ?? me.sub,
        displayName: me.name ?? null,
        kind: 'person',
        credentials,
      },
    ];
    for (const acl of acls.elements ?? []) {
      const urn = acl.organization ?? '';
      const id = /^urn:li:organization:(\d+)$/.exec(urn)?.[1];
      if (!id) continue;
      const organization = await fetchJson<{ localizedName?: string; vanityName?: string }>(
        'LinkedIn',
        `${this.settings.apiUrl}/rest/organizations/${id}`,
        { headers, timeoutMs },
      );
      accounts.push({
        externalId: urn,
        handle: organization.vanityName ?? organization.localizedName ?? urn,
        displayName: organization.localizedName ?? null,
        kind: 'organization',
        credentials,
      });
    }
    return accounts;
  }

  /**
   * The token request as oauth4webapi builds it (client secret in the form, PKCE verifier); LinkedIn
   * answers without `token_type`, which the library's response check requires, so the body is read here.
   */
  private async exchange(exchange: CodeExchange): Promise<LinkedInTokens> {
    const server = this.server();
    const client: oauth.Client = { client_id: exchange.app.clientId };
    let response: Response;
    try {
      const callback = oauth.validateAuthResponse(
        server,
        client,
        new URLSearchParams({ code: exchange.code, state: exchange.state }),
        exchange.state,
      );
      response = await oauth.authorizationCodeGrantRequest(
        server,
        client,
        oauth.ClientSecretPost(exchange.app.clientSecret ?? ''),
        callback,
        exchange.redirectUri,
        exchange.codeVerifier,
        oauthOptions(server.token_endpoint as string, this.settings.timeoutMs),
      );
    } catch (error) {
      throw refusal('LinkedIn', error);
    }
    const body = (await response.json().catch(() => ({}))) as LinkedInTokens & {
      error?: string;
      error_description?: string;
    };
    if (!response.ok || !body.access_token) {
      const why = body.error_description ?? body.error ?? `status ${response.status}`;
      throw new ConnectFailure(`LinkedIn refused the authorisation (${why})`);
    }
    return body;
  }
}
