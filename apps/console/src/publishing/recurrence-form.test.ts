import { describe, expect, it } from 'vitest';
import {
  defaultRecurrence,
  formatOccurrence,
  previewOccurrences,
  recurrenceErrors,
  toRecurrenceInput,
  weekdayName,
  weekdayOrder,
  type RecurrenceFormValues,
} from './recurrence-form';

const ZONE = 'Europe/Paris';
/** Tuesday 24 March 2026, 09:30 in Paris (winter time). */
const FIRST = new Date('2026-03-24T08:30:00Z');

function weekly(changes: Partial<RecurrenceFormValues> = {}): RecurrenceFormValues {
  return { ...defaultRecurrence(FIRST, ZONE), enabled: true, ...changes };
}

describe('the repeat form', () => {
  it('starts off, weekly on the first occurrence’s weekday in the brand’s zone', () => {
    expect(defaultRecurrence(FIRST, ZONE)).toMatchObject({
      enabled: false,
      frequency: 'WEEKLY',
      weekdays: [2],
    });
    // 23:30 UTC on Monday is already Tuesday in Paris.
    expect(defaultRecurrence(new Date('2026-03-23T23:30:00Z'), ZONE).weekdays).toEqual([2]);
  });

  it('says what is wrong, field by field', () => {
    expect(recurrenceErrors(weekly({ interval: 0, weekdays: [], count: 400 }), FIRST, ZONE)).toEqual({
      interval: 'intervalInvalid',
      weekdays: 'weekdaysRequired',
      count: 'countInvalid',
    });
    expect(recurrenceErrors(weekly({ end: 'until', until: '' }), FIRST, ZONE)).toEqual({
      until: 'untilRequired',
    });
    expect(recurrenceErrors(weekly({ end: 'until', until: '2026-03-23' }), FIRST, ZONE)).toEqual({
      until: 'untilBeforeStart',
    });
    expect(recurrenceErrors({ ...weekly({ interval: 0 }), enabled: false }, FIRST, ZONE)).toEqual({});
  });

  it('sends weekdays for a weekly rule only, and the chosen end', () => {
    expect(toRecurrenceInput(weekly({ weekdays: [5, 2] }))).toEqual({
      frequency: 'WEEKLY',
      interval: 1,
      weekdays: [2, 5],
      count: 10,
    });
    expect(
      toRecurrenceInput(weekly({ frequency: 'DAILY', interval: 3, end: 'until', until: '2026-04-30' })),
    ).toEqual({
      frequency: 'DAILY',
      interval: 3,
      until: '2026-04-30',
    });
    expect(toRecurrenceInput({ ...weekly(), enabled: false })).toBeNull();
  });

  it('previews the next occurrences at the same local time across the change to summer time', () => {
    const preview = previewOccurrences(weekly({ weekdays: [2, 5], count: 4 }), FIRST, ZONE);
    expect(preview.dates.map((date) => date.toISOString())).toEqual([
      '2026-03-24T08:30:00.000Z',
      '2026-03-27T08:30:00.000Z',
      // Paris moves to summer time on 29 March: 09:30 is now 07:30 UTC.
      '2026-03-31T07:30:00.000Z',
      '2026-04-03T07:30:00.000Z',
    ]);
    expect(preview.more).toBe(false);
    expect(previewOccurrences(weekly({ frequency: 'DAILY', count: 100 }), FIRST, ZONE, 3)).toMatchObject({
      more: true,
    });
    expect(previewOccurrences(weekly({ weekdays: [] }), FIRST, ZONE).dates).toEqual([]);
  });

  it('writes an occurrence with its weekday, in the brand’s zone and the reader’s language', () => {
    expect(formatOccurrence(FIRST, 'fr-FR', ZONE)).toBe('mar. 24 mars 2026, 09:30');
    expect(formatOccurrence(FIRST, 'en-US', 'America/New_York')).toBe('Tue, Mar 24, 2026, 4:30 AM');
  });

  it('names weekdays in the reader’s language and order', () => {
    expect(weekdayName(1, 'fr-FR')).toBe('lundi');
    expect(weekdayName(7, 'en-US', 'short')).toBe('Sun');
    expect(weekdayOrder('fr')[0]).toBe(1);
    expect(weekdayOrder('en')[0]).toBe(7);
  });
});
