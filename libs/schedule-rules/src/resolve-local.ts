import { IANAZone } from 'luxon';
import { DAY_MS, offsetAt, parseDay, parseTime, wallClockMs, zoneOf } from './civil';
import { ResolvedLocal } from './types';

/**
 * The instant of a wall-clock reading in the zone. A reading is valid for an offset when the zone has
 * that offset at the instant it gives. The offsets a day before and a day after cover every change
 * (no zone changes twice within two days): one valid offset is the usual case, two is a fold (the
 * earlier instant wins), none is a gap (the reading is taken with the offset before the jump, which
 * lands as far after the jump as the reading was after the gap's start).
 */
export function resolveWallClock(zone: IANAZone, wall: number): ResolvedLocal {
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => ({ offset, instant: wall - offset }))
    .filter(({ offset, instant }) => offsetAt(zone, instant) === offset)
    .map(({ instant }) => instant)
    .sort((a, b) => a - b);
  const [first] = valid;
  if (first === undefined) return { instant: new Date(wall - before), adjustment: 'shifted_forward' };
  return { instant: new Date(first), adjustment: valid.length > 1 ? 'earlier_of_two' : 'none' };
}

/**
 * The instant a local date (`YYYY-MM-DD`) and time (`HH:mm`) name in an IANA timezone, and how the
 * daylight-saving rules bent it (see `LocalAdjustment`). RangeError for an unknown timezone, an invalid
 * date or time.
 */
export function resolveLocal(date: string, time: string, timezone: string): ResolvedLocal {
  const zone = zoneOf(timezone);
  return resolveWallClock(zone, wallClockMs(parseDay(date), parseTime(time)));
}
