import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  Locale,
  Network,
  SocialAccountView,
} from '@relais/contracts';
import { anonymous, as } from './envelopes';
import { ServiceCall } from './nest-service';
import { SandboxAccountCredentials } from './sandbox-client';
import { SandboxNetworks } from './sandbox-networks';

/** What a test needs to make agencies and connect accounts: the clients service and the emulators. */
export interface AgencyWorld {
  call: ServiceCall;
  sandbox: SandboxNetworks;
}

/** An agency with one brand, made through the clients service. */
export interface Agency {
  owner: AuthResult;
  brand: BrandView;
}

export interface ConnectedAccount {
  account: SocialAccountView;
  sandbox: SandboxAccountCredentials;
  network: Network;
}

export async function createAgency(h: AgencyWorld, timezone = 'Europe/Paris'): Promise<Agency> {
  const owner = await h.call<AuthResult>(ClientsSubjects.auth.signUp, anonymous(), {
    agencyName: 'Agence Publication',
    name: 'Olivia Owner',
    email: `owner.${randomUUID().slice(0, 8)}@example.test`,
    password: 'correct horse battery staple',
    locale: Locale.Fr,
  });
  const brand = await createBrand(h, owner, 'Boulangerie Lune', timezone);
  return { owner, brand };
}

export function createBrand(
  h: AgencyWorld,
  owner: AuthResult,
  name: string,
  timezone: string,
): Promise<BrandView> {
  return h.call<BrandView>(ClientsSubjects.brand.create, as(owner), {
    name,
    timezone,
    defaultLanguage: Locale.Fr,
    targetMarkets: ['FR'],
    guidelines: { toneNotes: '', requiredHashtags: [], bannedWords: [] },
  });
}

/** An account on the sandbox network, connected to the brand through the clients service. */
export async function connectAccount(
  h: AgencyWorld,
  owner: AuthResult,
  brandId: string,
  network: Network,
  options: {
    tokenTtlSeconds?: number;
    beforeConnect?: (sandbox: SandboxAccountCredentials) => Promise<void>;
  } = {},
): Promise<ConnectedAccount> {
  const sandbox = await h.sandbox.client.provisionAccount({
    network: network,
    ...(options.tokenTtlSeconds ? { tokenTtlSeconds: options.tokenTtlSeconds } : {}),
  });
  await options.beforeConnect?.(sandbox);
  const account = await h.call<SocialAccountView>(ClientsSubjects.account.connect, as(owner), {
    brandId,
    network,
    handle: sandbox.handle,
    externalId: sandbox.externalId,
    displayName: sandbox.displayName,
    ...(network === Network.Mastodon || network === Network.Bluesky
      ? { instanceUrl: sandbox.instanceUrl }
      : {}),
    credentials: {
      accessToken: sandbox.accessToken,
      ...(sandbox.refreshToken ? { refreshToken: sandbox.refreshToken } : {}),
      ...(sandbox.expiresAt ? { expiresAt: sandbox.expiresAt } : {}),
    },
  });
  return { account, sandbox, network };
}
