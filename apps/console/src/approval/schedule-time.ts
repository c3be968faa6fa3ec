import { DateTime } from 'luxon';

/** How the date picker writes a wall-clock time (no zone). */
const PICKER_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/** The instant (ISO, UTC) that the wall-clock `value` of the picker means in `zone`; null when unreadable. */
export function wallClockToInstant(value: string, zone: string): string | null {
  const local = DateTime.fromFormat(value, PICKER_FORMAT, { zone });
  if (!local.isValid) return null;
  return local.toUTC().toISO();
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
