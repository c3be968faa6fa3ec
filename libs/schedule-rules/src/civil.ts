import { IANAZone } from 'luxon';

/**
 * Civil dates as day numbers (days since 1970-01-01) and wall times as milliseconds since midnight:
 * plain integer arithmetic, independent of any timezone. Only `zoneOf` and `offsetAt` ask the
 * timezone database.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function zoneOf(timezone: string): IANAZone {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid) throw new RangeError(`Unknown timezone "${timezone}"`);
  return zone;
}

/** The zone's offset from UTC at the instant, in milliseconds. */
export function offsetAt(zone: IANAZone, instantMs: number): number {
  return zone.offset(instantMs) * MINUTE_MS;
}

/** `YYYY-MM-DD` → day number; RangeError for anything else (a 31 February included). */
export function parseDay(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a date of the calendar`);
  }
  return ms / DAY_MS;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `HH:mm` → milliseconds since midnight; RangeError for anything else. */
export function parseTime(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time HH:mm (00:00 to 23:59)`);
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The local day number and wall time (ms since midnight) of an instant in the zone. */
export function localOf(zone: IANAZone, instant: Date): { day: number; wallMs: number } {
  const localMs = instant.getTime() + offsetAt(zone, instant.getTime());
  const day = Math.floor(localMs / DAY_MS);
  return { day, wallMs: localMs - day * DAY_MS };
}

/** The wall-clock reading of the local day and time as if it were UTC (what offsets are subtracted from). */
export function wallClockMs(day: number, wallMs: number): number {
  return day * DAY_MS + wallMs;
}

export { DAY_MS, MINUTE_MS };
