import { createHmac } from 'node:crypto';
import { Network } from '@relais/contracts';
import { numericId, snowflake } from '../core/ids';

/** An account on one of the emulated networks. */
export interface SandboxAccount {
  network: Network;
  /** Mastodon/X user id, Bluesky DID, Facebook page id, LinkedIn URN. */
  externalId: string;
  handle: string;
  displayName: string;
  /** Bluesky only: the app password `createSession` accepts. */
  appPassword: string | null;
  /**
   * The person who signs in on the consent page: for X and Mastodon the person is the account (its handle
   * is the login), for Facebook pages and LinkedIn organizations the person who administers them.
   */
  owner: string;
  /** A Facebook user or a LinkedIn member signed in on the consent page, not a page or organization. */
  person: boolean;
  /** Access-token lifetime used when this account's tokens are refreshed; null = the network's default. */
  tokenTtlSeconds: number | null;
  createdAt: number;
}

export interface ProvisionInput {
  network: Network;
  handle?: string;
  externalId?: string;
  appPassword?: string;
  tokenTtlSeconds?: number;
  /** Defaults to `demo` (or the owner the account already has). */
  owner?: string;
  person?: boolean;
}

export const DEFAULT_OWNER = 'demo';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * Accounts in memory. Tokens are stateless, so a token minted before a restart names an account this
 * repository no longer holds: `get` brings such accounts back with derived handles, and Bluesky DIDs and app
 * passwords are derived from the secret, so a default Bluesky account can still log in after a restart.
 */
export class AccountRepository {
  private readonly accounts = new Map<string, SandboxAccount>();
  private readonly blueskyHandles = new Map<string, string>();

  constructor(private readonly secret: string) {}

  provision(input: ProvisionInput): SandboxAccount {
    const handle = this.handleFor(input.network, input.handle);
    const externalId = input.externalId ?? this.defaultExternalId(input.network, handle);
    const existing = this.accounts.get(key(input.network, externalId));
    const account: SandboxAccount = {
      network: input.network,
      externalId,
      handle: existing && !input.handle ? existing.handle : handle,
      displayName: input.handle ?? existing?.displayName ?? handle,
      appPassword:
        input.network === Network.Bluesky ? (input.appPassword ?? this.derivedAppPassword(externalId)) : null,
      tokenTtlSeconds: input.tokenTtlSeconds ?? existing?.tokenTtlSeconds ?? null,
      owner: input.owner ?? existing?.owner ?? DEFAULT_OWNER,
      person: input.person ?? existing?.person ?? false,
      createdAt: existing?.createdAt ?? Date.now(),
    };
    this.accounts.set(key(input.network, externalId), account);
    if (input.network === Network.Bluesky) this.blueskyHandles.set(account.handle, externalId);
    return account;
  }

  /** The account, brought back from its id alone when the sandbox restarted since it was provisioned. */
  get(network: Network, externalId: string): SandboxAccount {
    return this.accounts.get(key(network, externalId)) ?? this.provision({ network, externalId });
  }

  /** The account if provisioned (or brought back) since the last start. */
  find(network: Network, externalId: string): SandboxAccount | undefined {
    return this.accounts.get(key(network, externalId));
  }

  /** The network's accounts (people signed in on a consent page included), oldest first. */
  list(network: Network): SandboxAccount[] {
    return [...this.accounts.values()]
      .filter((account) => account.network === network)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The network's account with this handle (X and Mastodon logins), if provisioned since the last start. */
  findByHandle(network: Network, handle: string): SandboxAccount | undefined {
    const normalized = handle.trim().toLowerCase().replace(/^@/, '');
    return this.list(network).find((account) => !account.person && account.handle === normalized);
  }

  /** The pages or organizations a person administers. */
  ownedBy(network: Network, owner: string): SandboxAccount[] {
    return this.list(network).filter((account) => !account.person && account.owner === owner);
  }

  /**
   * The Facebook user or LinkedIn member a login stands for, with an id derived from the login (the same
   * across restarts): a numeric user id, or `urn:li:person:<id>`.
   */
  person(network: Network, login: string): SandboxAccount {
    const digest = createHmac('sha256', this.secret).update(`person:${network}:${login}`).digest();
    const externalId =
      network === Network.LinkedIn
        ? `urn:li:person:${digest.toString('base64url').replace(/[-_]/g, '').slice(0, 10)}`
        : `10${digest.readBigUInt64BE(0).toString().padStart(20, '0').slice(0, 13)}`;
    return (
      this.find(network, externalId) ??
      this.provision({ network, externalId, handle: login, owner: login, person: true })
    );
  }

  /** A Bluesky account by handle or DID, for `createSession`. */
  findBluesky(identifier: string): SandboxAccount | undefined {
    const normalized = identifier.trim().toLowerCase().replace(/^@/, '');
    if (normalized.startsWith('did:')) return this.get(Network.Bluesky, identifier.trim());
    const did = this.blueskyHandles.get(normalized) ?? this.didForHandle(normalized);
    return this.get(Network.Bluesky, did);
  }

  /** The Bluesky account holding this handle now; never made up (an unknown handle is nobody's). */
  findBlueskyHandle(handle: string): SandboxAccount | undefined {
    const normalized = handle.trim().toLowerCase();
    const did = this.blueskyHandles.get(normalized);
    const account = did ? this.accounts.get(key(Network.Bluesky, did)) : undefined;
    return account?.handle === normalized ? account : undefined;
  }

  clear(): void {
    this.accounts.clear();
    this.blueskyHandles.clear();
  }

  private handleFor(network: Network, requested: string | undefined): string {
    const base = (requested ?? `brand-${Math.random().toString(36).slice(2, 8)}`)
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const name = base || `brand-${Math.random().toString(36).slice(2, 8)}`;
    if (network !== Network.Bluesky) return name.replace(/\./g, '_');
    return name.includes('.') ? name : `${name}.sandbox.test`;
  }

  private defaultExternalId(network: Network, handle: string): string {
    switch (network) {
      case Network.Bluesky:
        return this.didForHandle(handle);
      case Network.FacebookPage:
        return numericId(15);
      case Network.LinkedIn:
        return `urn:li:organization:${numericId(8)}`;
      case Network.Mastodon:
      case Network.X:
        return snowflake();
    }
  }

  private didForHandle(handle: string): string {
    const digest = createHmac('sha256', this.secret).update(`did:${handle}`).digest();
    let did = '';
    for (let i = 0; i < 24; i++) did += BASE32[(digest[i] ?? 0) & 31];
    return `did:plc:${did}`;
  }

  private derivedAppPassword(did: string): string {
    const digest = createHmac('sha256', this.secret).update(`app-password:${did}`).digest();
    const chars = Array.from(digest.subarray(0, 16), (byte) => BASE32[byte & 31]).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  }
}

function key(network: Network, externalId: string): string {
  return `${network}:${externalId}`;
}
