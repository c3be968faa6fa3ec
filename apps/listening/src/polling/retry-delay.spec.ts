import { ListenFailure } from '../networks/surface-listener';
import { retryDelayMs } from './retry-delay';

const settings = { POLL_RETRY_BASE_MS: 30_000, POLL_RETRY_MAX_MS: 1_800_000 };

describe('retryDelayMs', () => {
  it('doubles from the base after each failure in a row, up to the cap', () => {
    expect(retryDelayMs(new Error('boom'), 1, settings)).toBe(30_000);
    expect(retryDelayMs(new ListenFailure('unavailable', '503'), 2, settings)).toBe(60_000);
    expect(retryDelayMs(new Error('boom'), 7, settings)).toBe(1_800_000);
    expect(retryDelayMs(new Error('boom'), 500, settings)).toBe(1_800_000);
  });

  it('waits for a rate limit to reset, within the bounds', () => {
    expect(retryDelayMs(new ListenFailure('rate_limited', '429', 120_000), 1, settings)).toBe(120_000);
    expect(retryDelayMs(new ListenFailure('rate_limited', '429', 10), 1, settings)).toBe(30_000);
    expect(retryDelayMs(new ListenFailure('rate_limited', '429', 9e9), 1, settings)).toBe(1_800_000);
    expect(retryDelayMs(new ListenFailure('rate_limited', '429'), 3, settings)).toBe(120_000);
  });

  it('waits the cap when the network refused the tokens', () => {
    expect(retryDelayMs(new ListenFailure('auth', '401'), 1, settings)).toBe(1_800_000);
  });
});
