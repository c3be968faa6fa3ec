import { DateTime } from 'luxon';
import {
  FieldError,
  RecurrenceFrequency,
  RecurrencePayload,
  RecurrenceView,
  ScheduleMode,
  SchedulePostPayload,
} from '@relais/contracts';
import { badInput } from '@relais/server-errors';

function refuse(field: string, message: string, constraint: string, summary: string): never {
  const error: FieldError = { field, message, constraint };
  throw badInput([error], summary);
}

/** `scheduledAt` belongs to the `at` mode: with another mode it would be silently ignored. */
export function assertModeInput(payload: SchedulePostPayload): ScheduleMode {
  const mode = payload.mode ?? ScheduleMode.At;
  if (mode !== ScheduleMode.At && payload.scheduledAt !== undefined) {
    refuse(
      'scheduledAt',
      `scheduledAt is only used with mode "at" (this is "${mode}")`,
      'modeAt',
      'Give a time only when scheduling at a chosen time',
    );
  }
  return mode;
}

/** The local date (YYYY-MM-DD) of an instant in the timezone. */
export function localDate(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate() ?? at.toISOString().slice(0, 10);
}

/**
 * The recurrence as stored, from the payload and the first slot (`firstAt`, brand `timezone`), or
 * null when the post goes out once. Weekly days default to the first slot's weekday (an empty list
 * is refused: it chooses no day); `until` is a real date not before the first slot's local date;
 * weekdays are for weekly recurrences only.
 */
export function recurrenceFrom(
  payload: RecurrencePayload | undefined,
  firstAt: Date,
  timezone: string,
): RecurrenceView | null {
  if (!payload) return null;
  const first = DateTime.fromJSDate(firstAt, { zone: timezone });
  const weekly = payload.frequency === RecurrenceFrequency.Weekly;
  if (!weekly && payload.weekdays !== undefined && payload.weekdays.length > 0) {
    refuse(
      'recurrence.weekdays',
      'weekdays are for a weekly recurrence only',
      'weeklyOnly',
      'Weekdays can only be chosen for a weekly recurrence',
    );
  }
  if (weekly && payload.weekdays !== undefined && payload.weekdays.length === 0) {
    refuse(
      'recurrence.weekdays',
      'Choose at least one day',
      'atLeastOneDay',
      'A weekly recurrence needs at least one day',
    );
  }
  if (payload.until !== undefined) {
    if (!DateTime.fromISO(payload.until, { zone: timezone }).isValid) {
      refuse(
        'recurrence.until',
        `${payload.until} is not a date of the calendar`,
        'isDate',
        'The end date does not exist',
      );
    }
    const firstDate = first.toISODate() ?? '';
    if (payload.until < firstDate) {
      refuse(
        'recurrence.until',
        `until (${payload.until}) is before the first slot (${firstDate}, ${timezone})`,
        'notBeforeFirst',
        'A recurrence cannot end before its first slot',
      );
    }
  }
  const weekdays = weekly ? [...new Set(payload.weekdays ?? [first.weekday])].sort((a, b) => a - b) : [];
  return {
    frequency: payload.frequency,
    interval: payload.interval,
    weekdays,
    until: payload.until ?? null,
    count: payload.count ?? null,
  };
}
