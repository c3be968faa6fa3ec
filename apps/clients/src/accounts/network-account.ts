import { Network } from '@relais/contracts';

/** Networks whose accounts live on a server the agency names (a Mastodon instance). */
export const NEEDS_INSTANCE: readonly Network[] = [Network.Mastodon];

/**
 * What identifies an account on its network, whoever connects it: the network, the server for
 * networks whose ids are only unique on one server (Mastodon), and the account's id there.
 */
export interface NetworkAccountKey {
  network: Network;
  /** The instance URL, lower-cased, on Mastodon; empty where ids are global. */
  server: string;
  externalId: string;
}

/** The instance URL as stored: without trailing slashes. */
export function normalizeInstanceUrl(instanceUrl: string | null | undefined): string | null {
  return instanceUrl ? instanceUrl.replace(/\/+$/, '') : null;
}

export function networkAccountKey(
  network: Network,
  externalId: string,
  instanceUrl: string | null,
): NetworkAccountKey {
  const server = NEEDS_INSTANCE.includes(network)
    ? (normalizeInstanceUrl(instanceUrl) ?? '').toLowerCase()
    : '';
  return { network, server, externalId };
}
