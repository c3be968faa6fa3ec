import { describe, expect, it } from 'vitest';
import { instantToWallClock, nextSlot, wallClockToInstant } from './schedule-time';

describe('wallClockToInstant', () => {
  it('reads the picked time in the brand’s zone, whatever the browser’s', () => {
    expect(wallClockToInstant('2026-03-12 09:30:00', 'Europe/Paris')).toBe('2026-03-12T08:30:00.000Z');
    expect(wallClockToInstant('2026-07-12 09:30:00', 'Europe/Paris')).toBe('2026-07-12T07:30:00.000Z');
    expect(wallClockToInstant('2026-03-12 09:30:00', 'America/New_York')).toBe('2026-03-12T13:30:00.000Z');
  });

  it('refuses what it cannot read', () => {
    expect(wallClockToInstant('tomorrow', 'Europe/Paris')).toBeNull();
    expect(wallClockToInstant('2026-03-12 09:30:00', 'Not/AZone')).toBeNull();
  });
});

describe('instantToWallClock', () => {
  it('shows an instant as the brand’s wall clock', () => {
    expect(instantToWallClock('2026-03-12T08:30:00.000Z', 'Europe/Paris')).toBe('2026-03-12 09:30:00');
    expect(instantToWallClock(new Date('2026-03-12T13:30:00Z'), 'America/New_York')).toBe(
      '2026-03-12 09:30:00',
    );
  });
});

describe('nextSlot', () => {
  it('proposes the next full hour with some lead time, in the zone', () => {
    expect(nextSlot(new Date('2026-03-12T08:10:00Z'), 'Europe/Paris')).toBe('2026-03-12 10:00:00');
    expect(nextSlot(new Date('2026-03-12T08:40:00Z'), 'Europe/Paris')).toBe('2026-03-12 11:00:00');
  });
});
