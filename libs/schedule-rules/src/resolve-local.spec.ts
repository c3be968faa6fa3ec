import { resolveLocal } from './resolve-local';

const iso = (date: Date) => date.toISOString();

describe('resolveLocal', () => {
  it('gives the instant of an ordinary local time (winter and summer offsets)', () => {
    expect(resolveLocal('2026-01-15', '09:00', 'Europe/Paris')).toEqual({
      instant: new Date('2026-01-15T08:00:00Z'),
      adjustment: 'none',
    });
    expect(resolveLocal('2026-07-15', '09:00', 'Europe/Paris')).toEqual({
      instant: new Date('2026-07-15T07:00:00Z'),
      adjustment: 'none',
    });
    expect(iso(resolveLocal('2026-07-15', '09:00', 'America/New_York').instant)).toBe(
      '2026-07-15T13:00:00.000Z',
    );
    expect(iso(resolveLocal('2026-07-15', '23:59', 'UTC').instant)).toBe('2026-07-15T23:59:00.000Z');
  });

  it('moves a time inside the spring-forward gap as far after the jump as it was after the gap start', () => {
    // Paris, last Sunday of March: 02:00 CET jumps to 03:00 CEST.
    expect(resolveLocal('2026-03-29', '02:30', 'Europe/Paris')).toEqual({
      instant: new Date('2026-03-29T01:30:00Z'), // 03:30 CEST
      adjustment: 'shifted_forward',
    });
    expect(iso(resolveLocal('2026-03-29', '02:00', 'Europe/Paris').instant)).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(resolveLocal('2026-03-29', '02:59', 'Europe/Paris').instant)).toBe('2026-03-29T01:59:00.000Z');
    // New York, second Sunday of March.
    expect(resolveLocal('2026-03-08', '02:15', 'America/New_York')).toEqual({
      instant: new Date('2026-03-08T07:15:00Z'), // 03:15 EDT
      adjustment: 'shifted_forward',
    });
  });

  it('keeps the times around the gap as they are', () => {
    expect(resolveLocal('2026-03-29', '01:59', 'Europe/Paris')).toEqual({
      instant: new Date('2026-03-29T00:59:00Z'),
      adjustment: 'none',
    });
    expect(resolveLocal('2026-03-29', '03:00', 'Europe/Paris')).toEqual({
      instant: new Date('2026-03-29T01:00:00Z'),
      adjustment: 'none',
    });
  });

  it('takes the first of the two instants of a time that happens twice (fall back)', () => {
    // New York, first Sunday of November: 02:00 EDT goes back to 01:00 EST; 01:30 happens twice.
    expect(resolveLocal('2026-11-01', '01:30', 'America/New_York')).toEqual({
      instant: new Date('2026-11-01T05:30:00Z'), // 01:30 EDT, not 06:30Z (EST)
      adjustment: 'earlier_of_two',
    });
    // Paris, last Sunday of October: 02:30 happens twice.
    expect(resolveLocal('2026-10-25', '02:30', 'Europe/Paris')).toEqual({
      instant: new Date('2026-10-25T00:30:00Z'),
      adjustment: 'earlier_of_two',
    });
    expect(resolveLocal('2026-10-25', '03:00', 'Europe/Paris')).toEqual({
      instant: new Date('2026-10-25T02:00:00Z'),
      adjustment: 'none',
    });
    expect(resolveLocal('2026-10-25', '01:59', 'Europe/Paris').adjustment).toBe('none');
  });

  it('handles a zone without daylight saving and one east of UTC across midnight', () => {
    expect(resolveLocal('2026-03-29', '02:30', 'Asia/Tokyo')).toEqual({
      instant: new Date('2026-03-28T17:30:00Z'),
      adjustment: 'none',
    });
    expect(iso(resolveLocal('2026-06-01', '00:30', 'Pacific/Auckland').instant)).toBe(
      '2026-05-31T12:30:00.000Z',
    );
  });

  it('refuses an unknown timezone, a date or a time that does not exist', () => {
    expect(() => resolveLocal('2026-01-15', '09:00', 'Europe/Atlantis')).toThrow(
      'Unknown timezone "Europe/Atlantis"',
    );
    expect(() => resolveLocal('2026-02-30', '09:00', 'UTC')).toThrow('is not a date of the calendar');
    expect(() => resolveLocal('15/01/2026', '09:00', 'UTC')).toThrow('is not a date YYYY-MM-DD');
    expect(() => resolveLocal('2026-01-15', '24:00', 'UTC')).toThrow('is not a time HH:mm');
    expect(() => resolveLocal('2026-01-15', '9:00', 'UTC')).toThrow('is not a time HH:mm');
  });
});
