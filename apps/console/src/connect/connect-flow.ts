import type { Network } from '@relais/web-graphql';

/** Where every network sends the person back: registered with the clients service (`CONNECT_REDIRECT_URIS`). */
export function callbackUrl(origin: string = window.location.origin): string {
  return `${origin}/connect/callback`;
}

/**
 * What the callback page needs to know about a connection started in this tab: the connect link's
 * token when the flow started from a link page (there is no agency login then), and where to go back.
 * Kept in sessionStorage (this tab only, gone with it), keyed by connection; never a network token.
 */
export interface PendingConnection {
  connectionId: string;
  /** The connect link's token, for a flow started from `/connect/<token>`. */
  linkToken?: string;
}

const CURRENT_KEY = 'relais.connect.current';
const PENDING_PREFIX = 'relais.connect.pending.';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function rememberConnection(pending: PendingConnection): void {
  const store = storage();
  if (!store) return;
  store.setItem(`${PENDING_PREFIX}${pending.connectionId}`, JSON.stringify(pending));
  store.setItem(CURRENT_KEY, pending.connectionId);
}

/** The connection this tab sent to the network last, if any. */
export function currentConnection(): PendingConnection | null {
  const store = storage();
  const id = store?.getItem(CURRENT_KEY);
  if (!store || !id) return null;
  try {
    const parsed: unknown = JSON.parse(store.getItem(`${PENDING_PREFIX}${id}`) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const entry = parsed as Record<string, unknown>;
    if (entry['connectionId'] !== id) return null;
    const linkToken = typeof entry['linkToken'] === 'string' ? entry['linkToken'] : undefined;
    return { connectionId: id, ...(linkToken ? { linkToken } : {}) };
  } catch {
    return null;
  }
}

export function forgetConnection(connectionId: string): void {
  const store = storage();
  if (!store) return;
  store.removeItem(`${PENDING_PREFIX}${connectionId}`);
  if (store.getItem(CURRENT_KEY) === connectionId) store.removeItem(CURRENT_KEY);
}

/** Networks whose consent happens on the network's own page (Bluesky takes an app password instead). */
export function connectsByConsent(network: Network): boolean {
  return network !== 'BLUESKY';
}

/** Each scope Relais asks for, as the network names it, and the key of the sentence saying why. */
const SCOPE_KEYS = {
  'tweet.read': 'tweet_read',
  'tweet.write': 'tweet_write',
  'users.read': 'users_read',
  'offline.access': 'offline_access',
  'media.write': 'media_write',
  openid: 'openid',
  profile: 'profile',
  w_member_social: 'w_member_social',
  w_organization_social: 'w_organization_social',
  r_organization_admin: 'r_organization_admin',
  pages_show_list: 'pages_show_list',
  pages_manage_posts: 'pages_manage_posts',
  pages_read_engagement: 'pages_read_engagement',
  'write:statuses': 'write_statuses',
  'write:media': 'write_media',
} as const;

export type Scope = keyof typeof SCOPE_KEYS;

/**
 * The scopes Relais asks each network for (the clients service asks these; the console shows them
 * before sending the person away, each with why).
 */
export const SCOPES: Readonly<Record<Network, readonly Scope[]>> = {
  X: ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'],
  LINKEDIN: ['openid', 'profile', 'w_member_social', 'w_organization_social', 'r_organization_admin'],
  FACEBOOK_PAGE: ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement'],
  MASTODON: ['profile', 'write:statuses', 'write:media'],
  BLUESKY: [],
};

/** The catalogue key of the sentence explaining a scope. */
export function scopeKey(scope: Scope): `connect.scopes.${(typeof SCOPE_KEYS)[Scope]}` {
  return `connect.scopes.${SCOPE_KEYS[scope]}`;
}

/** Where a Bluesky user makes an app password. */
export const BLUESKY_APP_PASSWORDS_URL = 'https://bsky.app/settings/app-passwords';
