import { DateTime } from 'luxon';
import { resolveLocal, type LocalAdjustment } from '@relais/schedule-rules';

/** How the date picker writes a wall-clock time (no zone). */
const PICKER_FORMAT = 'yyyy-MM-dd HH:mm:ss';
const PICKER_PATTERN = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?::\d{2})?$/;

/** A picked wall-clock time resolved in a zone by the rule the services apply (`resolveLocal`). */
export interface ResolvedPick {
  /** The picked local date (YYYY-MM-DD) and time (HH:mm). */
  date: string;
  time: string;
  /** The instant it means (ISO, UTC). */
  instant: string;
  adjustment: LocalAdjustment;
}

/**
 * What the picker's wall-clock `value` means in `zone`, with the services' daylight-saving rule: a
 * time that does not exist that day (spring forward) moves as far after the jump as it was after the
 * gap's start (02:30 → 03:30 in Paris), one that happens twice (fall back) is the first of the two.
 * Null when unreadable.
 */
export function resolvePick(value: string, zone: string): ResolvedPick | null {
  const match = PICKER_PATTERN.exec(value);
  if (!match) return null;
  const [, date = '', time = ''] = match;
  try {
    const { instant, adjustment } = resolveLocal(date, time, zone);
    return { date, time, instant: instant.toISOString(), adjustment };
  } catch {
    return null;
  }
}

/** The instant (ISO, UTC) that the wall-clock `value` of the picker means in `zone`; null when unreadable. */
export function wallClockToInstant(value: string, zone: string): string | null {
  return resolvePick(value, zone)?.instant ?? null;
}

/** The picker's wall-clock value for `instant` seen in `zone`. */
export function instantToWallClock(instant: string | Date, zone: string): string {
  const at = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return at.setZone(zone).toFormat(PICKER_FORMAT);
}

/** A default time for scheduling: the next full hour at least `leadMinutes` from `now`, in `zone`. */
export function nextSlot(now: Date, zone: string, leadMinutes = 30): string {
  const slot = DateTime.fromJSDate(now)
    .setZone(zone)
    .plus({ minutes: leadMinutes })
    .plus({ hours: 1 })
    .startOf('hour');
  return slot.toFormat(PICKER_FORMAT);
}

/** What to tell before saving when the daylight-saving rules bend the picked time. */
export interface DaylightSavingNotice {
  /** `gap`: the time does not exist that day; `fold`: it happens twice. */
  kind: 'gap' | 'fold';
  /** The picked time (HH:mm) and day ("28 March 2027" / "28 mars 2027"). */
  time: string;
  date: string;
  zone: string;
  /** The local time it goes out at (HH:mm) and that moment's UTC offset. */
  goesOutAt: string;
  offset: string;
}

/** The notice for a picked time the clock change moves or makes ambiguous; null when it exists once. */
export function daylightSavingNotice(
  value: string,
  zone: string,
  locale: string,
): DaylightSavingNotice | null {
  const pick = resolvePick(value, zone);
  if (!pick || pick.adjustment === 'none') return null;
  const out = DateTime.fromISO(pick.instant, { zone });
  return {
    kind: pick.adjustment === 'shifted_forward' ? 'gap' : 'fold',
    time: pick.time,
    date: DateTime.fromISO(pick.date).setLocale(locale).toFormat('d LLLL yyyy'),
    zone,
    goesOutAt: out.toFormat('HH:mm'),
    offset: `UTC${out.toFormat('ZZ').replace('-', '−')}`,
  };
}
