/**
 * Browsers list some zones under names IANA has since replaced (CLDR keeps the old ones stable).
 * People search for the current names.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The IANA time zones this browser knows, under their current names, with UTC. */
export function availableTimezones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').map((zone) => {
    const current = CURRENT_NAMES[zone];
    return current && isKnownZone(current) ? current : zone;
  });
  return [...new Set(zones.includes('UTC') ? zones : ['UTC', ...zones])];
}

/** Minutes east of UTC that `zone` is at the instant `at` (daylight saving included). */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** "UTC+05:30", "UTC-03:00", "UTC+00:00". */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const rest = String(absolute % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${rest}`;
}

/** How the picker shows a zone: "(UTC+01:00) Europe/Paris". */
export function timezoneLabel(zone: string, at: Date): string {
  return `(${formatUtcOffset(utcOffsetMinutes(zone, at))}) ${zone}`;
}

export interface TimezoneOption {
  value: string;
  label: string;
  offsetMinutes: number;
}

/** Every zone with its current offset, west to east, then by name. */
export function timezoneOptions(at: Date, zones: readonly string[] = availableTimezones()): TimezoneOption[] {
  return zones
    .map((zone) => {
      const offsetMinutes = utcOffsetMinutes(zone, at);
      return { value: zone, offsetMinutes, label: `(${formatUtcOffset(offsetMinutes)}) ${zone}` };
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.value.localeCompare(b.value));
}

/** The browser's own zone, as a sensible default for a new brand. */
export function browserTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
