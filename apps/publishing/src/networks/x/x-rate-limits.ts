import { RateLimitInfo } from '../network-adapter';
import { intHeader, unixSecondsHeader } from '../rate-limit-headers';

/**
 * `x-rate-limit-limit|remaining|reset` (the endpoint's window, reset in Unix seconds). A spent daily
 * user budget (`x-user-limit-24hour-remaining: 0`) wins: its reset is the one to wait for.
 */
export function parseXRateLimit(headers: Headers): RateLimitInfo {
  const dailyRemaining = intHeader(headers, 'x-user-limit-24hour-remaining');
  if (dailyRemaining === 0) {
    return {
      limit: intHeader(headers, 'x-user-limit-24hour-limit'),
      remaining: 0,
      resetAt: unixSecondsHeader(headers, 'x-user-limit-24hour-reset'),
    };
  }
  return {
    limit: intHeader(headers, 'x-rate-limit-limit'),
    remaining: intHeader(headers, 'x-rate-limit-remaining'),
    resetAt: unixSecondsHeader(headers, 'x-rate-limit-reset'),
  };
}
