import { intlLocale, type UiLanguage } from '../i18n/language';

/** Two-letter region codes that are not markets (unions, pseudo-locales, the UN). */
const NOT_MARKETS = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);

export interface MarketOption {
  value: string;
  label: string;
}

/** Every ISO 3166-1 alpha-2 country the browser can name, as "France (FR)", sorted by name. */
export function marketOptions(language: UiLanguage): MarketOption[] {
  const names = new Intl.DisplayNames([intlLocale(language)], { type: 'region', fallback: 'none' });
  const options: MarketOption[] = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (NOT_MARKETS.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) options.push({ value: code, label: `${name} (${code})` });
    }
  }
  return options.sort((a, b) => a.label.localeCompare(b.label, intlLocale(language)));
}
