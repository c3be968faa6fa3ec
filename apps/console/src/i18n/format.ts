import { intlLocale, type UiLanguage } from './language';

/** A date and time in the reader's language, e.g. "12 mars 2026, 14:05" or "Mar 12, 2026, 2:05 PM". */
export function formatDateTime(iso: string, language: UiLanguage, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** A calendar date in the reader's language. */
export function formatDate(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A count with the language's digit grouping (French uses a narrow no-break space). */
export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** The name of a country from its ISO 3166-1 alpha-2 code, or the code itself when unknown. */
export function countryName(code: string, language: UiLanguage): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
