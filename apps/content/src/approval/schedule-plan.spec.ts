import { RecurrenceFrequency, ScheduleMode } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import { assertModeInput, localDate, recurrenceFrom } from './schedule-plan';

const FIRST = new Date('2031-06-01T22:30:00Z'); // Monday 2 June 00:30 in Paris, Sunday in UTC

describe('assertModeInput', () => {
  it('defaults to "at" and refuses a time with another mode', () => {
    expect(assertModeInput({ postId: 'p' })).toBe(ScheduleMode.At);
    expect(assertModeInput({ postId: 'p', mode: ScheduleMode.Now })).toBe(ScheduleMode.Now);
    expect(() => assertModeInput({ postId: 'p', mode: ScheduleMode.NextSlot, scheduledAt: 'x' })).toThrow(
      'Give a time only when scheduling at a chosen time',
    );
  });
});

describe('recurrenceFrom', () => {
  it('is null without a recurrence', () => {
    expect(recurrenceFrom(undefined, FIRST, 'Europe/Paris')).toBeNull();
  });

  it('defaults weekly days to the first slot’s weekday in the brand’s timezone', () => {
    expect(
      recurrenceFrom({ frequency: RecurrenceFrequency.Weekly, interval: 1 }, FIRST, 'Europe/Paris'),
    ).toEqual({ frequency: 'weekly', interval: 1, weekdays: [1], until: null, count: null });
    expect(
      recurrenceFrom({ frequency: RecurrenceFrequency.Weekly, interval: 1 }, FIRST, 'UTC')?.weekdays,
    ).toEqual([7]);
  });

  it('sorts and dedupes weekdays, keeps count and until', () => {
    expect(
      recurrenceFrom(
        {
          frequency: RecurrenceFrequency.Weekly,
          interval: 2,
          weekdays: [5, 1, 5],
          until: '2031-06-02',
          count: 4,
        },
        FIRST,
        'Europe/Paris',
      ),
    ).toEqual({ frequency: 'weekly', interval: 2, weekdays: [1, 5], until: '2031-06-02', count: 4 });
  });

  it('compares until with the first slot’s local date', () => {
    // 2 June in Paris, 1 June in UTC.
    expect(() =>
      recurrenceFrom(
        { frequency: RecurrenceFrequency.Daily, interval: 1, until: '2031-06-01' },
        FIRST,
        'Europe/Paris',
      ),
    ).toThrow('A recurrence cannot end before its first slot');
    expect(
      recurrenceFrom(
        { frequency: RecurrenceFrequency.Daily, interval: 1, until: '2031-06-01' },
        FIRST,
        'UTC',
      ),
    ).toMatchObject({ until: '2031-06-01' });
  });

  it('refuses a weekly recurrence with no day chosen, naming the field', () => {
    let error: unknown;
    try {
      recurrenceFrom({ frequency: RecurrenceFrequency.Weekly, interval: 1, weekdays: [] }, FIRST, 'UTC');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).fields).toEqual([
      { field: 'recurrence.weekdays', message: 'Choose at least one day', constraint: 'atLeastOneDay' },
    ]);
  });

  it('refuses weekdays on a daily recurrence and an impossible date', () => {
    expect(() =>
      recurrenceFrom({ frequency: RecurrenceFrequency.Daily, interval: 1, weekdays: [1] }, FIRST, 'UTC'),
    ).toThrow('Weekdays can only be chosen for a weekly recurrence');
    expect(() =>
      recurrenceFrom(
        { frequency: RecurrenceFrequency.Daily, interval: 1, until: '2031-02-29' },
        FIRST,
        'UTC',
      ),
    ).toThrow('The end date does not exist');
  });
});

describe('localDate', () => {
  it('is the date in the timezone', () => {
    expect(localDate(FIRST, 'Europe/Paris')).toBe('2031-06-02');
    expect(localDate(FIRST, 'UTC')).toBe('2031-06-01');
  });
});
