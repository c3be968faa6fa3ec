import { localOf, MINUTE_MS, parseTime, wallClockMs, weekdayOf, zoneOf } from './civil';
import { resolveWallClock } from './resolve-local';
import { WeeklySlot } from './types';

/** Weeks looked through before giving up: far more than any brand's posts can fill. */
const MAX_WEEKS = 520;

function minuteOf(instant: Date): number {
  return Math.floor(instant.getTime() / MINUTE_MS);
}

/**
 * The next `count` weekly slots (local weekday and time in `timezone`) strictly after `after` whose
 * minute holds no post yet (`taken`), soonest first. A slot time that does not exist that day moves
 * forward, one that happens twice is the first of the two (see `resolveLocal`); two slots landing on
 * the same instant count once. Empty when there are no slots.
 */
export function nextFreeSlots(
  slots: readonly WeeklySlot[],
  timezone: string,
  after: Date,
  taken: readonly Date[],
  count: number,
): Date[] {
  const zone = zoneOf(timezone);
  const byWeekday = new Map<number, number[]>();
  for (const slot of slots) {
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
      throw new RangeError(`weekday must be an ISO weekday 1 (Monday) to 7 (Sunday) (got ${slot.weekday})`);
    }
    byWeekday.set(slot.weekday, [...(byWeekday.get(slot.weekday) ?? []), parseTime(slot.time)]);
  }
  if (byWeekday.size === 0 || count <= 0) return [];
  const busy = new Set(taken.map(minuteOf));
  const found: Date[] = [];
  const seen = new Set<number>();
  // From the day before `after`'s local day: a slot late that day may still be after it elsewhere.
  const start = localOf(zone, after).day - 1;
  for (let day = start; day < start + MAX_WEEKS * 7 && found.length < count; day += 1) {
    const times = [...(byWeekday.get(weekdayOf(day)) ?? [])].sort((a, b) => a - b);
    for (const wallMs of times) {
      const { instant } = resolveWallClock(zone, wallClockMs(day, wallMs));
      const minute = minuteOf(instant);
      if (instant.getTime() <= after.getTime() || busy.has(minute) || seen.has(minute)) continue;
      seen.add(minute);
      found.push(instant);
      if (found.length >= count) break;
    }
  }
  return found.sort((a, b) => a.getTime() - b.getTime());
}
