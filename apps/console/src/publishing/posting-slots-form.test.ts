import { describe, expect, it } from 'vitest';
import { nextRow, normalizeTime, slotErrors, toSlotsInput } from './posting-slots-form';

describe('the posting slots editor', () => {
  it('reads times the way people type them', () => {
    expect(normalizeTime('9:30')).toBe('09:30');
    expect(normalizeTime(' 18:05 ')).toBe('18:05');
    expect(normalizeTime('24:00')).toBeNull();
    expect(normalizeTime('9h30')).toBeNull();
  });

  it('flags bad times and a slot given twice', () => {
    expect(
      slotErrors([
        { weekday: 2, time: '09:30' },
        { weekday: 2, time: '9:30' },
        { weekday: 3, time: '25:00' },
        { weekday: 3, time: '09:30' },
      ]),
    ).toEqual([undefined, 'duplicate', 'timeInvalid', undefined]);
  });

  it('sends the slots in week order', () => {
    expect(
      toSlotsInput([
        { weekday: 5, time: '8:00' },
        { weekday: 1, time: '18:00' },
        { weekday: 1, time: '09:00' },
      ]),
    ).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '18:00' },
      { weekday: 5, time: '08:00' },
    ]);
  });

  it('suggests the day after the last slot, Sunday wrapping to Monday', () => {
    expect(nextRow([])).toEqual({ weekday: 1, time: '09:00' });
    expect(nextRow([{ weekday: 7, time: '17:45' }])).toEqual({ weekday: 1, time: '17:45' });
  });
});
