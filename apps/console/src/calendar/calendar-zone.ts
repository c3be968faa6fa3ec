import { DateTime } from 'luxon';

/** `UTC−05:00` for New York in winter (a real minus sign, as typography wants). */
export function utcOffset(zone: string, at: Date = new Date()): string {
  const offset = DateTime.fromJSDate(at).setZone(zone).toFormat('ZZ');
  return `UTC${offset.replace('-', '−')}`;
}

/** The zone the calendar shows times in: the brand's, or the viewer's when every brand is shown. */
export function zoneOf(brand: { timezone: string } | null, viewerZone: string): string {
  return brand ? brand.timezone : viewerZone;
}

/** The viewer's own time zone, as the browser knows it. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "mardi 8 décembre à 15:00" in `zone`, for the message after a move. */
export function formatSlot(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale).toFormat("cccc d LLLL '·' HH:mm");
}

/** Whether an instant is already past (a post cannot be moved there). */
export function isPast(iso: string): boolean {
  return new Date(iso).getTime() <= Date.now();
}
