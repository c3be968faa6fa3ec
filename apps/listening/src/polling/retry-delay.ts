import { ListenFailure } from '../networks/surface-listener';

export interface RetrySettings {
  POLL_RETRY_BASE_MS: number;
  POLL_RETRY_MAX_MS: number;
}

/**
 * When a surface is polled again after its `failures`-th failure in a row: when the network said
 * (a rate limit's reset), else doubling from the base up to the cap. Refused tokens wait the cap: a
 * person must reconnect the account, and asking again sooner changes nothing.
 */
export function retryDelayMs(error: unknown, failures: number, settings: RetrySettings): number {
  if (error instanceof ListenFailure) {
    if (error.kind === 'rate_limited' && error.retryAfterMs !== null)
      return Math.min(Math.max(error.retryAfterMs, settings.POLL_RETRY_BASE_MS), settings.POLL_RETRY_MAX_MS);
    if (error.kind === 'auth') return settings.POLL_RETRY_MAX_MS;
  }
  const doubled = settings.POLL_RETRY_BASE_MS * 2 ** Math.min(failures - 1, 20);
  return Math.min(doubled, settings.POLL_RETRY_MAX_MS);
}
