/** Refresh this long before the access token expires, so calls never carry an expired token. */
export const REFRESH_LEAD_MS = 60_000;
/** Never schedule sooner than this (a clock skew or a very short token must not cause a refresh loop). */
export const MIN_REFRESH_DELAY_MS = 5_000;
/** A token this close to expiry is refreshed before it is used. */
export const EXPIRY_MARGIN_MS = 15_000;

/** How long to wait before refreshing an access token that expires at `expiresAt`. */
export function refreshDelayMs(expiresAt: Date, now: Date): number {
  const remaining = expiresAt.getTime() - now.getTime();
  // Tokens shorter than twice the lead are refreshed at half their remaining life.
  const lead = Math.min(REFRESH_LEAD_MS, remaining / 2);
  return Math.max(MIN_REFRESH_DELAY_MS, Math.floor(remaining - lead));
}

/** True when a token expiring at `expiresAt` should not be sent any more without refreshing it first. */
export function isExpiringSoon(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() - now.getTime() <= EXPIRY_MARGIN_MS;
}
