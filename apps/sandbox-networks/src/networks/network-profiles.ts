import { Network } from '@relais/contracts';
import { RatePolicy } from '../core/rate-windows';

/** What differs between networks outside their routes: limits and token lifetimes. */
export interface NetworkProfile {
  /** Per-account window on writes (posts, comments, replies), as the network documents it. */
  rate: RatePolicy;
  /** Points one write spends (Bluesky counts a create as 3). */
  writeCost: number;
  /** Null: access tokens do not expire (Mastodon, Facebook page tokens). */
  accessTtlSeconds: number | null;
  /** Null: the network hands out no refresh token. */
  refreshTtlSeconds: number | null;
  /** The refresh answer carries a new refresh token (X, Bluesky); LinkedIn keeps the same one. */
  rotatesRefreshToken: boolean;
  /** A refresh token already exchanged is refused (X). */
  refusesReusedRefreshToken: boolean;
}

const DAY = 86_400;

export const NETWORK_PROFILES: Readonly<Record<Network, NetworkProfile>> = {
  // 300 requests per 5 minutes per account.
  [Network.Mastodon]: {
    rate: { limit: 300, windowSeconds: 300 },
    writeCost: 1,
    accessTtlSeconds: null,
    refreshTtlSeconds: null,
    rotatesRefreshToken: false,
    refusesReusedRefreshToken: false,
  },
  // 5,000 points per hour, a create costs 3; access JWTs last about 2 hours, refresh JWTs 90 days.
  [Network.Bluesky]: {
    rate: { limit: 5000, windowSeconds: 3600 },
    writeCost: 3,
    accessTtlSeconds: 2 * 3600,
    refreshTtlSeconds: 90 * DAY,
    rotatesRefreshToken: true,
    refusesReusedRefreshToken: false,
  },
  // Page calls: the usage headers report the share of this budget spent.
  [Network.FacebookPage]: {
    rate: { limit: 200, windowSeconds: 3600 },
    writeCost: 1,
    accessTtlSeconds: null,
    refreshTtlSeconds: null,
    rotatesRefreshToken: false,
    refusesReusedRefreshToken: false,
  },
  // Daily member quota, starting over at midnight UTC; tokens last 60 days, refresh tokens a year.
  [Network.LinkedIn]: {
    rate: { limit: 150, windowSeconds: DAY },
    writeCost: 1,
    accessTtlSeconds: 60 * DAY,
    refreshTtlSeconds: 365 * DAY,
    rotatesRefreshToken: false,
    refusesReusedRefreshToken: false,
  },
  // POST /2/tweets: 100 per 15 minutes per user; OAuth 2 user tokens last 2 hours.
  [Network.X]: {
    rate: { limit: 100, windowSeconds: 900 },
    writeCost: 1,
    accessTtlSeconds: 2 * 3600,
    refreshTtlSeconds: 180 * DAY,
    rotatesRefreshToken: true,
    refusesReusedRefreshToken: true,
  },
};

export const NETWORKS: readonly Network[] = [
  Network.Mastodon,
  Network.Bluesky,
  Network.FacebookPage,
  Network.LinkedIn,
  Network.X,
];
