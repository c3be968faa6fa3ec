import { randomBytes } from 'node:crypto';
import { Network } from '@relais/contracts';

/** An application allowed to ask for authorisation on one network. */
export interface OAuthApp {
  network: Network;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Exact strings: a redirect URI is accepted only if it is one of these, character for character. */
  redirectUris: string[];
  /** Mastodon: the scopes the app registered (space-separated there); empty elsewhere. */
  scopes: string[];
  website: string | null;
  createdAt: number;
}

export const PRESET_CLIENT_ID = 'relais-local';
export const PRESET_CLIENT_SECRET = 'relais-local-secret';
const PRESET_NETWORKS = [Network.X, Network.LinkedIn, Network.FacebookPage];

/**
 * The OAuth apps of each network: the preset `relais-local` app of X, LinkedIn and Facebook (its
 * redirect URIs from `OAUTH_REDIRECT_URIS`), the apps the control API puts, and Mastodon's apps
 * registered with `POST /api/v1/apps`. `clear` goes back to the presets.
 */
export class OAuthAppRepository {
  private readonly apps = new Map<string, OAuthApp>();

  constructor(private readonly presetRedirectUris: string[]) {
    this.clear();
  }

  put(app: Omit<OAuthApp, 'createdAt' | 'scopes' | 'website'> & Partial<OAuthApp>): OAuthApp {
    const stored: OAuthApp = { scopes: [], website: null, createdAt: Date.now(), ...app };
    this.apps.set(key(app.network, app.clientId), stored);
    return stored;
  }

  /** A new app with made-up credentials (Mastodon's registration). */
  register(input: {
    network: Network;
    name: string;
    redirectUris: string[];
    scopes: string[];
    website: string | null;
  }): OAuthApp & { id: string } {
    const app = this.put({
      ...input,
      clientId: randomBytes(32).toString('base64url'),
      clientSecret: randomBytes(32).toString('base64url'),
    });
    return { ...app, id: String(this.apps.size) };
  }

  get(network: Network, clientId: string): OAuthApp | undefined {
    return this.apps.get(key(network, clientId));
  }

  list(): OAuthApp[] {
    return [...this.apps.values()];
  }

  clear(): void {
    this.apps.clear();
    for (const network of PRESET_NETWORKS) {
      this.put({
        network,
        clientId: PRESET_CLIENT_ID,
        clientSecret: PRESET_CLIENT_SECRET,
        name: 'Relais',
        redirectUris: this.presetRedirectUris,
      });
    }
  }
}

function key(network: Network, clientId: string): string {
  return `${network}:${clientId}`;
}
