import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@relais/server-database';
import { CredentialsCipher } from '../accounts/credentials-cipher';
import { mastodonAppBinding } from './connection-secrets';
import { findMastodonApp, saveMastodonApp } from './mastodon-app.repository';
import { ConnectNetworks } from './networks/connect-networks';
import { OAuthClientApp } from './networks/network-oauth';

/**
 * Relais's app on each Mastodon instance: registered the first time someone connects an account there
 * (for every redirect URI and scope Relais uses), then reused by every agency. A change of the redirect
 * URIs or scopes registers it again.
 */
@Injectable()
export class MastodonAppsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly networks: ConnectNetworks,
  ) {}

  async appFor(instanceUrl: string): Promise<OAuthClientApp> {
    const redirectUris = [...this.networks.redirectUris];
    const scopes = this.networks.mastodon.scopes.join(' ');
    const known = await this.transactions.runSystem((manager) => findMastodonApp(manager, instanceUrl));
    const current =
      known && known.scopes === scopes && sameList(known.redirectUris, redirectUris)
        ? known
        : await this.register(instanceUrl, redirectUris, scopes);
    return {
      clientId: current.clientId,
      clientSecret: this.cipher.unseal(current.clientSecretSealed, mastodonAppBinding(instanceUrl)),
    };
  }

  private async register(instanceUrl: string, redirectUris: string[], scopes: string) {
    const app = await this.networks.mastodon.registerApp(instanceUrl, redirectUris);
    return this.transactions.runSystem((manager) =>
      saveMastodonApp(manager, {
        instanceUrl,
        clientId: app.clientId,
        clientSecretSealed: this.cipher.seal(app.clientSecret, mastodonAppBinding(instanceUrl)),
        redirectUris,
        scopes,
        createdAt: new Date(),
      }),
    );
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
