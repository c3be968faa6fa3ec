import { randomUUID } from 'node:crypto';
import {
  AccountCredentialsView,
  AuthResult,
  ClientsSubjects,
  Network,
  Page,
  SocialAccountView,
} from '@relais/contracts';
import { as, system } from '@relais/server-testing';
import { ClientsHarness } from './clients-harness';

/**
 * What `account.connect` takes for a network account never seen before (on X unless told): a unique
 * handle, external id and tokens. `overrides` adds or replaces fields (the brand, the network...).
 */
export function newAccount(overrides: Record<string, unknown> = {}) {
  return {
    network: Network.X,
    handle: `@acct_${randomUUID().slice(0, 6)}`,
    externalId: randomUUID(),
    credentials: { accessToken: `token-${randomUUID()}`, refreshToken: `refresh-${randomUUID()}` },
    ...overrides,
  };
}

/** Connects the account to `brandId` as `actor` would in the console. */
export function connectAccount(
  h: ClientsHarness,
  actor: AuthResult,
  brandId: string,
  input: Record<string, unknown>,
): Promise<SocialAccountView> {
  return h.call<SocialAccountView>(ClientsSubjects.account.connect, as(actor), { brandId, ...input });
}

/** The live accounts of a brand that `actor` sees. */
export async function accountsOf(
  h: ClientsHarness,
  actor: AuthResult,
  brandId: string,
): Promise<SocialAccountView[]> {
  return (await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(actor), { brandId })).items;
}

/** The decrypted tokens of an account, as the publishing service asks for them for `agencyId`. */
export function credentialsOf(
  h: ClientsHarness,
  agencyId: string,
  accountId: string,
): Promise<AccountCredentialsView> {
  return h.call<AccountCredentialsView>(ClientsSubjects.account.credentials, system(agencyId), {
    id: accountId,
  });
}
