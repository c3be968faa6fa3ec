import { intlLocale, type UiLanguage } from '../i18n/language';

/** The content types the media library takes (as the service checks them), for the file input. */
export const ACCEPTED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'video/mp4',
  'video/quicktime',
] as const;

export function isAcceptedType(type: string): boolean {
  return (ACCEPTED_TYPES as readonly string[]).includes(type);
}

/** A file size in the reader's language: "850 Ko" / "850 KB", "12,4 Mo" / "12.4 MB". */
export function formatBytes(bytes: number, language: UiLanguage): string {
  const units = language === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
}

/** A video length: "0:42", "12:05", "1:02:03". */
export function formatDuration(durationMs: number): string {
  const total = Math.round(durationMs / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
