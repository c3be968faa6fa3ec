import { describe, expect, it } from 'vitest';
import { daylightSavingNotice, instantToWallClock, nextSlot, wallClockToInstant } from './schedule-time';

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

describe('the clock changes', () => {
  it('moves a time the spring change skips as the services do, and says so', () => {
    // Paris, 28 March 2027: 02:00 jumps to 03:00.
    expect(wallClockToInstant('2027-03-28 02:30:00', 'Europe/Paris')).toBe('2027-03-28T01:30:00.000Z');
    expect(daylightSavingNotice('2027-03-28 02:30:00', 'Europe/Paris', 'en-US')).toEqual({
      kind: 'gap',
      time: '02:30',
      date: '28 March 2027',
      zone: 'Europe/Paris',
      goesOutAt: '03:30',
      offset: 'UTC+02:00',
    });
    expect(daylightSavingNotice('2027-03-28 02:30:00', 'Europe/Paris', 'fr-FR')?.date).toBe('28 mars 2027');
  });

  it('takes the first of a time the autumn change repeats, and says which', () => {
    // New York, 7 November 2027: 01:30 happens in EDT, then again in EST.
    expect(wallClockToInstant('2027-11-07 01:30:00', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z');
    expect(daylightSavingNotice('2027-11-07 01:30:00', 'America/New_York', 'en-US')).toEqual({
      kind: 'fold',
      time: '01:30',
      date: '7 November 2027',
      zone: 'America/New_York',
      goesOutAt: '01:30',
      offset: 'UTC−04:00',
    });
    // Paris, 31 October 2027: the first 02:30 is still summer time.
    expect(wallClockToInstant('2027-10-31 02:30:00', 'Europe/Paris')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('says nothing about a time that exists once', () => {
    expect(daylightSavingNotice('2027-03-28 03:30:00', 'Europe/Paris', 'en-US')).toBeNull();
    expect(daylightSavingNotice('2027-03-27 02:30:00', 'Europe/Paris', 'en-US')).toBeNull();
  });
});
