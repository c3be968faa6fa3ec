import { IANAZone } from 'luxon';
import { localOf, parseDay, wallClockMs, weekdayOf, zoneOf } from './civil';
import { resolveWallClock } from './resolve-local';
import { Recurrence } from './types';

/** The most occurrences `occurrencesBetween` lists at once. */
export const MAX_LISTED_OCCURRENCES = 1000;

interface Series {
  zone: IANAZone;
  /** The first occurrence's local day and wall time: every occurrence keeps that wall time. */
  firstDay: number;
  wallMs: number;
  untilDay: number | null;
  count: number | null;
  days: Generator<number>;
}

function assertRecurrence(recurrence: Recurrence): void {
  if (!Number.isInteger(recurrence.interval) || recurrence.interval < 1) {
    throw new RangeError(`interval must be a whole number of 1 or more (got ${recurrence.interval})`);
  }
  if (recurrence.count !== null && (!Number.isInteger(recurrence.count) || recurrence.count < 1)) {
    throw new RangeError(`count must be a whole number of 1 or more (got ${recurrence.count})`);
  }
  for (const weekday of recurrence.weekdays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`weekdays are ISO weekdays 1 (Monday) to 7 (Sunday) (got ${weekday})`);
    }
  }
}

/** The local days after the first one that the rule names, in order, without end. */
function* laterDays(recurrence: Recurrence, firstDay: number): Generator<number> {
  if (recurrence.frequency === 'daily') {
    for (let day = firstDay + recurrence.interval; ; day += recurrence.interval) yield day;
  }
  const weekdays = [...new Set(recurrence.weekdays.length > 0 ? recurrence.weekdays : [weekdayOf(firstDay)])];
  weekdays.sort((a, b) => a - b);
  const monday = firstDay - (weekdayOf(firstDay) - 1);
  for (let week = 0; ; week += recurrence.interval) {
    for (const weekday of weekdays) {
      const day = monday + week * 7 + weekday - 1;
      if (day > firstDay) yield day;
    }
  }
}

function seriesOf(recurrence: Recurrence, timezone: string, firstDueAt: Date): Series {
  assertRecurrence(recurrence);
  const zone = zoneOf(timezone);
  const { day, wallMs } = localOf(zone, firstDueAt);
  return {
    zone,
    firstDay: day,
    wallMs,
    untilDay: recurrence.until === null ? null : parseDay(recurrence.until),
    count: recurrence.count,
    days: laterDays(recurrence, day),
  };
}

/**
 * Every occurrence of the series in order, as [number, instant]: the first is `firstDueAt` itself (1),
 * the later ones are at the first's local wall time on the days the rule names, until `until` (local
 * date, included) or `count` occurrences.
 */
function* occurrences(
  series: Series,
  firstDueAt: Date,
  skipBeforeDay = -Infinity,
): Generator<[number, Date]> {
  yield [1, firstDueAt];
  let number = 1;
  for (const day of series.days) {
    number += 1;
    if (series.untilDay !== null && day > series.untilDay) return;
    if (series.count !== null && number > series.count) return;
    // Days well before the range cannot be in it: counted without asking the timezone database.
    if (day < skipBeforeDay) continue;
    yield [number, resolveWallClock(series.zone, wallClockMs(day, series.wallMs)).instant];
  }
}

/**
 * The occurrence that follows occurrence `occurrenceNumber` (1 = the first, at `firstDueAt`) and falls
 * strictly after `after`, with its number: occurrences that would already be past are skipped (they
 * still count towards `count`). Null when the series ended (`until`, `count`).
 */
export function nextOccurrenceSlot(
  recurrence: Recurrence,
  timezone: string,
  firstDueAt: Date,
  after: Date,
  occurrenceNumber: number,
): { number: number; at: Date } | null {
  const series = seriesOf(recurrence, timezone, firstDueAt);
  if (series.count !== null && occurrenceNumber >= series.count) return null;
  // Days well before `after` cannot be after it: skip them without asking the timezone database.
  const skipBefore = localOf(series.zone, after).day - 2;
  let number = 1;
  for (const day of series.days) {
    number += 1;
    if (series.untilDay !== null && day > series.untilDay) return null;
    if (series.count !== null && number > series.count) return null;
    if (number <= occurrenceNumber || day < skipBefore) continue;
    const at = resolveWallClock(series.zone, wallClockMs(day, series.wallMs)).instant;
    if (at.getTime() > after.getTime()) return { number, at };
  }
  return null;
}

/**
 * The instant of the occurrence after occurrence `occurrenceNumber` of a series that started at
 * `firstDueAt`, strictly after `after`, keeping the first occurrence's local wall time in `timezone`;
 * null when the series ended. See `nextOccurrenceSlot` for its number.
 */
export function nextOccurrence(
  recurrence: Recurrence,
  timezone: string,
  firstDueAt: Date,
  after: Date,
  occurrenceNumber: number,
): Date | null {
  return nextOccurrenceSlot(recurrence, timezone, firstDueAt, after, occurrenceNumber)?.at ?? null;
}

/**
 * The occurrences of a series (the first, `firstDueAt`, included) in [from, to), soonest first, at most
 * `limit` of them. Without a recurrence, the single first occurrence when it falls in the range.
 */
export function occurrencesBetween(
  recurrence: Recurrence | null,
  timezone: string,
  firstDueAt: Date,
  from: Date,
  to: Date,
  limit = MAX_LISTED_OCCURRENCES,
): Date[] {
  const inRange = (at: Date) => at.getTime() >= from.getTime() && at.getTime() < to.getTime();
  if (!recurrence) return inRange(firstDueAt) ? [firstDueAt] : [];
  const series = seriesOf(recurrence, timezone, firstDueAt);
  const found: Date[] = [];
  for (const [, at] of occurrences(series, firstDueAt, localOf(series.zone, from).day - 2)) {
    if (at.getTime() >= to.getTime() || found.length >= limit) break;
    if (inRange(at)) found.push(at);
  }
  return found;
}
