import { RateLimitInfo } from '../network-adapter';
import { intHeader, retryAfter } from '../rate-limit-headers';

/** LinkedIn's daily limits reset at midnight UTC. */
export function nextMidnightUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/**
 * LinkedIn announces no budget on its answers; on a 429 the day's budget is spent until midnight UTC
 * (or until `Retry-After` when a proxy in front of it says so).
 */
export function parseLinkedInRateLimit(headers: Headers, status: number, now: Date): RateLimitInfo {
  if (status !== 429) {
    return {
      limit: intHeader(headers, 'x-ratelimit-limit'),
      remaining: intHeader(headers, 'x-ratelimit-remaining'),
      resetAt: null,
    };
  }
  return { limit: null, remaining: 0, resetAt: retryAfter(headers, now) ?? nextMidnightUtc(now) };
}
