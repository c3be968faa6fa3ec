import { describe, expect, it } from 'vitest';
import { isExpiringSoon, MIN_REFRESH_DELAY_MS, refreshDelayMs } from './refresh-schedule';

const NOW = new Date('2026-03-01T10:00:00Z');
const inMs = (ms: number) => new Date(NOW.getTime() + ms);

describe('refreshDelayMs', () => {
  it('refreshes a 15-minute token one minute before it expires', () => {
    expect(refreshDelayMs(inMs(15 * 60_000), NOW)).toBe(14 * 60_000);
  });

  it('refreshes a short token at half its remaining life', () => {
    expect(refreshDelayMs(inMs(60_000), NOW)).toBe(30_000);
  });

  it('never schedules sooner than the minimum, even for an expired token', () => {
    expect(refreshDelayMs(inMs(2_000), NOW)).toBe(MIN_REFRESH_DELAY_MS);
    expect(refreshDelayMs(inMs(-60_000), NOW)).toBe(MIN_REFRESH_DELAY_MS);
  });
});

describe('isExpiringSoon', () => {
  it('is true within the last 15 seconds and after expiry', () => {
    expect(isExpiringSoon(inMs(60_000), NOW)).toBe(false);
    expect(isExpiringSoon(inMs(10_000), NOW)).toBe(true);
    expect(isExpiringSoon(inMs(-1), NOW)).toBe(true);
  });
});
