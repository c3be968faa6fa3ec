import { occurrencesBetween, type Recurrence } from '@relais/schedule-rules';
import type { RecurrenceFrequency, RecurrenceInput } from '@relais/web-graphql';
import { DateTime } from 'luxon';

export const MAX_INTERVAL = 52;
export const MAX_COUNT = 366;

export interface RecurrenceFormValues {
  enabled: boolean;
  frequency: RecurrenceFrequency;
  interval: number;
  /** ISO weekdays, weekly only. */
  weekdays: number[];
  end: 'count' | 'until';
  count: number;
  /** YYYY-MM-DD in the brand's time zone, or empty. */
  until: string;
}

export type RecurrenceField = 'interval' | 'weekdays' | 'count' | 'until';

/** What each field's error is, as a `publishing.repeat.*` key. */
export type RecurrenceErrors = Partial<Record<RecurrenceField, string>>;

/** Off, weekly on the weekday of `first` (seen in `zone`), ten times. */
export function defaultRecurrence(first: Date, zone: string): RecurrenceFormValues {
  return {
    enabled: false,
    frequency: 'WEEKLY',
    interval: 1,
    weekdays: [DateTime.fromJSDate(first).setZone(zone).weekday],
    end: 'count',
    count: 10,
    until: '',
  };
}

function whole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** The problems of the form for a series starting at `first` (local date in `zone`); none when off. */
export function recurrenceErrors(values: RecurrenceFormValues, first: Date, zone: string): RecurrenceErrors {
  if (!values.enabled) return {};
  const errors: RecurrenceErrors = {};
  if (!whole(values.interval, 1, MAX_INTERVAL)) errors.interval = 'intervalInvalid';
  if (values.frequency === 'WEEKLY' && values.weekdays.length === 0) errors.weekdays = 'weekdaysRequired';
  if (values.end === 'count' && !whole(values.count, 1, MAX_COUNT)) errors.count = 'countInvalid';
  if (values.end === 'until') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.until)) errors.until = 'untilRequired';
    else if (values.until < DateTime.fromJSDate(first).setZone(zone).toISODate()!) {
      errors.until = 'untilBeforeStart';
    }
  }
  return errors;
}

/** What `schedulePost` receives; null when the post goes out once. */
export function toRecurrenceInput(values: RecurrenceFormValues): RecurrenceInput | null {
  if (!values.enabled) return null;
  return {
    frequency: values.frequency,
    interval: values.interval,
    ...(values.frequency === 'WEEKLY' ? { weekdays: [...values.weekdays].sort((a, b) => a - b) } : {}),
    ...(values.end === 'count' ? { count: values.count } : { until: values.until }),
  };
}

function toRule(input: RecurrenceInput): Recurrence {
  return {
    frequency: input.frequency === 'DAILY' ? 'daily' : 'weekly',
    interval: input.interval,
    weekdays: input.weekdays ?? [],
    until: input.until ?? null,
    count: input.count ?? null,
  };
}

/**
 * The first `limit` occurrences of the series starting at `first` (the first included), and whether
 * more follow. Empty for a form with errors.
 */
export function previewOccurrences(
  values: RecurrenceFormValues,
  first: Date,
  zone: string,
  limit = 5,
): { dates: Date[]; more: boolean } {
  const input = toRecurrenceInput(values);
  if (!input || Object.keys(recurrenceErrors(values, first, zone)).length > 0)
    return { dates: [], more: false };
  const horizon = new Date(first.getTime() + 3 * 366 * 24 * 3600 * 1000);
  const found = occurrencesBetween(toRule(input), zone, first, first, horizon, limit + 1);
  return { dates: found.slice(0, limit), more: found.length > limit };
}

/** ISO weekdays in the reader's order: Monday first in French, Sunday first in English. */
export function weekdayOrder(language: string): number[] {
  return language === 'fr' ? [1, 2, 3, 4, 5, 6, 7] : [7, 1, 2, 3, 4, 5, 6];
}

/** The name of ISO weekday `weekday` (1 = Monday) in `locale`. */
export function weekdayName(weekday: number, locale: string, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, weekday, 12));
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date);
}

/** An occurrence with its weekday, e.g. "mar. 24 mars 2026, 09:30" or "Tue, Mar 24, 2026, 9:30 AM". */
export function formatOccurrence(at: Date | string, locale: string, zone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    // 09:30 in French; 9:30 AM in English.
    hour: locale.startsWith('fr') ? '2-digit' : 'numeric',
    minute: '2-digit',
    timeZone: zone,
  }).format(typeof at === 'string' ? new Date(at) : at);
}
