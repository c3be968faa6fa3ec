import { RateLimitInfo } from '../network-adapter';
import { intHeader, unixSecondsHeader } from '../rate-limit-headers';

/** `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (Unix seconds). */
export function parseBlueskyRateLimit(headers: Headers): RateLimitInfo {
  return {
    limit: intHeader(headers, 'ratelimit-limit'),
    remaining: intHeader(headers, 'ratelimit-remaining'),
    resetAt: unixSecondsHeader(headers, 'ratelimit-reset'),
  };
}
