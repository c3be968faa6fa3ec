import type { Network } from '@relais/web-graphql';

export const NETWORKS: readonly Network[] = ['MASTODON', 'BLUESKY', 'FACEBOOK_PAGE', 'LINKEDIN', 'X'];

/** Networks reached through a server of the account's choosing. */
export function usesInstanceUrl(network: Network): boolean {
  return network === 'MASTODON' || network === 'BLUESKY';
}

/** Mastodon has no default server: the instance is part of the account. */
export function requiresInstanceUrl(network: Network): boolean {
  return network === 'MASTODON';
}

export const NETWORK_COLORS: Record<Network, string> = {
  MASTODON: 'violet',
  BLUESKY: 'blue',
  FACEBOOK_PAGE: 'indigo',
  LINKEDIN: 'cyan',
  X: 'dark',
};
