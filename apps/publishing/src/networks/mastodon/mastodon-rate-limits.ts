import { RateLimitInfo } from '../network-adapter';
import { intHeader } from '../rate-limit-headers';

/** `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` (an ISO 8601 instant). */
export function parseMastodonRateLimit(headers: Headers): RateLimitInfo {
  const reset = headers.get('x-ratelimit-reset');
  const resetAt = reset == null ? null : new Date(reset);
  return {
    limit: intHeader(headers, 'x-ratelimit-limit'),
    remaining: intHeader(headers, 'x-ratelimit-remaining'),
    resetAt: resetAt && !Number.isNaN(resetAt.getTime()) ? resetAt : null,
  };
}
