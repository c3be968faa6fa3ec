import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { recurrenceSummary } from './recurrence-summary';

const WEEKLY = { frequency: 'WEEKLY', interval: 2, weekdays: [4, 2], until: null, count: 6 } as const;
const DAILY = { frequency: 'DAILY', interval: 1, weekdays: [], until: '2027-03-31', count: null } as const;

describe('recurrenceSummary', () => {
  it('says how a post repeats, in French', () => {
    const { t } = createI18n('fr');
    expect(recurrenceSummary(WEEKLY, t, 'fr-FR')).toBe(
      'Se répète toutes les 2 semaines le mardi et jeudi, 6 fois en tout.',
    );
    expect(recurrenceSummary(DAILY, t, 'fr-FR')).toBe('Se répète tous les jours, jusqu’au 31 mars 2027.');
  });

  it('says how a post repeats, in English', () => {
    const { t } = createI18n('en');
    expect(recurrenceSummary(WEEKLY, t, 'en-US')).toBe(
      'Repeats every 2 weeks on Tuesday and Thursday, 6 times in all.',
    );
    expect(recurrenceSummary({ ...WEEKLY, interval: 1, count: 1 }, t, 'en-US')).toBe(
      'Repeats every week on Tuesday and Thursday, 1 time in all.',
    );
    expect(recurrenceSummary(DAILY, t, 'en-US')).toBe('Repeats every day, until March 31, 2027.');
  });
});
