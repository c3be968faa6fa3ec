import { nextOccurrence, nextOccurrenceSlot, occurrencesBetween } from './recurrence';
import { Recurrence } from './types';

const daily = (interval = 1, extra: Partial<Recurrence> = {}): Recurrence => ({
  frequency: 'daily',
  interval,
  weekdays: [],
  until: null,
  count: null,
  ...extra,
});
const weekly = (weekdays: number[], interval = 1, extra: Partial<Recurrence> = {}): Recurrence => ({
  frequency: 'weekly',
  interval,
  weekdays,
  until: null,
  count: null,
  ...extra,
});
const isos = (dates: Date[]) => dates.map((date) => date.toISOString());

/** Follows a series the way the publishing service does: each next occurrence after the previous one. */
function follow(recurrence: Recurrence, timezone: string, first: Date, max = 20): string[] {
  const seen = [first];
  for (let number = 1; seen.length < max; number += 1) {
    const next = nextOccurrence(recurrence, timezone, first, seen[seen.length - 1], number);
    if (!next) break;
    seen.push(next);
  }
  return isos(seen);
}

describe('nextOccurrence', () => {
  it('keeps 09:00 Paris through the March change: the UTC instant moves by an hour', () => {
    const first = new Date('2026-03-26T08:00:00Z'); // Thursday 09:00 CET
    expect(follow(daily(), 'Europe/Paris', first, 6)).toEqual([
      '2026-03-26T08:00:00.000Z',
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z', // 09:00 CEST
      '2026-03-30T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
  });

  it('keeps 09:00 Paris through the October change', () => {
    const first = new Date('2026-10-23T07:00:00Z'); // Friday 09:00 CEST
    expect(follow(daily(), 'Europe/Paris', first, 5)).toEqual([
      '2026-10-23T07:00:00.000Z',
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z', // 09:00 CET
      '2026-10-26T08:00:00.000Z',
      '2026-10-27T08:00:00.000Z',
    ]);
  });

  it('keeps 09:00 New York through the March and November changes', () => {
    expect(follow(daily(), 'America/New_York', new Date('2026-03-06T14:00:00Z'), 4)).toEqual([
      '2026-03-06T14:00:00.000Z', // 09:00 EST
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z', // 09:00 EDT
      '2026-03-09T13:00:00.000Z',
    ]);
    expect(follow(daily(), 'America/New_York', new Date('2026-10-30T13:00:00Z'), 4)).toEqual([
      '2026-10-30T13:00:00.000Z', // 09:00 EDT
      '2026-10-31T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z', // 09:00 EST
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('a weekly Monday 09:00 in Paris stays at 09:00 on both sides of the change', () => {
    const first = new Date('2026-03-23T08:00:00Z'); // Monday 09:00 CET
    expect(follow(weekly([1]), 'Europe/Paris', first, 3)).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
  });

  it('moves a daily 02:30 Paris to 03:30 on the day 02:30 does not exist, then back to 02:30', () => {
    const first = new Date('2026-03-28T01:30:00Z'); // Saturday 02:30 CET
    expect(follow(daily(), 'Europe/Paris', first, 3)).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 03:30 CEST: the gap shifted it forward
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
  });

  it('runs a daily 01:30 New York once on the fall-back day, at the first 01:30', () => {
    const first = new Date('2026-10-31T05:30:00Z'); // Saturday 01:30 EDT
    expect(follow(daily(), 'America/New_York', first, 3)).toEqual([
      '2026-10-31T05:30:00.000Z',
      '2026-11-01T05:30:00.000Z', // the first 01:30 (EDT)
      '2026-11-02T06:30:00.000Z', // 01:30 EST
    ]);
  });

  it('every 3 days', () => {
    expect(follow(daily(3), 'UTC', new Date('2026-01-01T12:00:00Z'), 3)).toEqual([
      '2026-01-01T12:00:00.000Z',
      '2026-01-04T12:00:00.000Z',
      '2026-01-07T12:00:00.000Z',
    ]);
  });

  it('weekly on several weekdays every other week, starting mid-week', () => {
    // Wednesday 2026-01-07 10:00 Paris; Monday, Wednesday and Friday, every 2 weeks.
    const first = new Date('2026-01-07T09:00:00Z');
    expect(follow(weekly([5, 1, 3], 2), 'Europe/Paris', first, 6)).toEqual([
      '2026-01-07T09:00:00.000Z', // Wed (week 0)
      '2026-01-09T09:00:00.000Z', // Fri (week 0)
      '2026-01-19T09:00:00.000Z', // Mon (week 2)
      '2026-01-21T09:00:00.000Z', // Wed
      '2026-01-23T09:00:00.000Z', // Fri
      '2026-02-02T09:00:00.000Z', // Mon (week 4)
    ]);
  });

  it('weekly without weekdays goes out on the first occurrence’s weekday', () => {
    expect(follow(weekly([]), 'UTC', new Date('2026-01-08T08:00:00Z'), 3)).toEqual([
      '2026-01-08T08:00:00.000Z',
      '2026-01-15T08:00:00.000Z',
      '2026-01-22T08:00:00.000Z',
    ]);
  });

  it('a first occurrence on a day outside the weekdays is followed by the weekdays', () => {
    // Sunday first, then Tuesdays.
    expect(follow(weekly([2]), 'UTC', new Date('2026-01-04T08:00:00Z'), 3)).toEqual([
      '2026-01-04T08:00:00.000Z',
      '2026-01-06T08:00:00.000Z',
      '2026-01-13T08:00:00.000Z',
    ]);
  });

  it('ends after `count` occurrences, the first included', () => {
    expect(follow(daily(1, { count: 3 }), 'UTC', new Date('2026-01-01T08:00:00Z'))).toEqual([
      '2026-01-01T08:00:00.000Z',
      '2026-01-02T08:00:00.000Z',
      '2026-01-03T08:00:00.000Z',
    ]);
    expect(
      nextOccurrence(daily(1, { count: 1 }), 'UTC', new Date('2026-01-01T08:00:00Z'), new Date(0), 1),
    ).toBeNull();
  });

  it('ends after `until`, a local date included', () => {
    // 23:30 Paris is the next UTC day for the last one: `until` is the Paris date.
    const first = new Date('2026-01-01T22:30:00Z'); // 23:30 Paris on 1 January
    expect(follow(daily(1, { until: '2026-01-03' }), 'Europe/Paris', first)).toEqual([
      '2026-01-01T22:30:00.000Z',
      '2026-01-02T22:30:00.000Z',
      '2026-01-03T22:30:00.000Z',
    ]);
    expect(
      follow(weekly([1, 4], 1, { until: '2026-01-12' }), 'UTC', new Date('2026-01-01T08:00:00Z')),
    ).toEqual([
      '2026-01-01T08:00:00.000Z',
      '2026-01-05T08:00:00.000Z',
      '2026-01-08T08:00:00.000Z',
      '2026-01-12T08:00:00.000Z',
    ]);
  });

  it('skips occurrences already past when asked late; they still count', () => {
    const first = new Date('2026-01-01T08:00:00Z');
    const late = new Date('2026-01-05T09:00:00Z');
    expect(nextOccurrenceSlot(daily(), 'UTC', first, late, 1)).toEqual({
      number: 6,
      at: new Date('2026-01-06T08:00:00Z'),
    });
    expect(nextOccurrence(daily(1, { count: 5 }), 'UTC', first, late, 1)).toBeNull();
  });

  it('finds an occurrence years later without a count or an end', () => {
    const first = new Date('2026-01-01T08:00:00Z');
    expect(nextOccurrence(daily(), 'Europe/Paris', first, new Date('2036-06-01T00:00:00Z'), 1)).toEqual(
      new Date('2036-06-01T07:00:00Z'), // 08:00Z was 09:00 Paris in winter: 09:00 CEST
    );
  });

  it('refuses an invalid rule', () => {
    const first = new Date('2026-01-01T08:00:00Z');
    expect(() => nextOccurrence(daily(0), 'UTC', first, first, 1)).toThrow('interval');
    expect(() => nextOccurrence(weekly([8]), 'UTC', first, first, 1)).toThrow('weekdays');
    expect(() => nextOccurrence(daily(1, { until: '2026-13-01' }), 'UTC', first, first, 1)).toThrow(
      RangeError,
    );
    expect(() => nextOccurrence(daily(), 'Nowhere/City', first, first, 1)).toThrow('Unknown timezone');
  });
});

describe('occurrencesBetween', () => {
  const first = new Date('2026-03-26T08:00:00Z'); // Thursday 09:00 Paris

  it('lists the occurrences of a range, the first included, across the change', () => {
    expect(
      isos(
        occurrencesBetween(daily(2), 'Europe/Paris', first, new Date('2026-03-01'), new Date('2026-04-01')),
      ),
    ).toEqual(['2026-03-26T08:00:00.000Z', '2026-03-28T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('starts and ends where the range does (start included, end excluded)', () => {
    expect(
      isos(
        occurrencesBetween(
          daily(),
          'Europe/Paris',
          first,
          new Date('2026-03-27T08:00:00Z'),
          new Date('2026-03-29T07:00:00Z'),
        ),
      ),
    ).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-28T08:00:00.000Z']);
  });

  it('stops at count, until and limit', () => {
    const range = [new Date('2026-01-01'), new Date('2027-01-01')] as const;
    expect(occurrencesBetween(daily(1, { count: 4 }), 'UTC', first, ...range)).toHaveLength(4);
    expect(occurrencesBetween(weekly([4], 1, { until: '2026-04-09' }), 'UTC', first, ...range)).toHaveLength(
      3,
    );
    expect(occurrencesBetween(daily(), 'UTC', first, ...range, 10)).toHaveLength(10);
  });

  it('lists a range years after the first occurrence, the days before it still counted', () => {
    const range = [new Date('2036-06-01T00:00:00Z'), new Date('2036-06-04T00:00:00Z')] as const;
    expect(isos(occurrencesBetween(daily(), 'Europe/Paris', first, ...range))).toEqual([
      '2036-06-01T07:00:00.000Z',
      '2036-06-02T07:00:00.000Z',
      '2036-06-03T07:00:00.000Z',
    ]);
    // 2026-03-26 to 2036-06-01 is more than 3,700 days: a series of 3,700 ends before the range.
    expect(occurrencesBetween(daily(1, { count: 3700 }), 'Europe/Paris', first, ...range)).toEqual([]);
  });

  it('without a recurrence, the post’s single slot when it is in range', () => {
    expect(occurrencesBetween(null, 'UTC', first, new Date('2026-03-01'), new Date('2026-04-01'))).toEqual([
      first,
    ]);
    expect(occurrencesBetween(null, 'UTC', first, new Date('2026-04-01'), new Date('2026-05-01'))).toEqual(
      [],
    );
  });
});
