import type { RecurrenceFrequency } from '@relais/web-graphql';
import type { TFunction } from 'i18next';
import { weekdayName } from './recurrence-form';

export interface RecurrenceSummaryInput {
  frequency: RecurrenceFrequency;
  interval: number;
  weekdays: readonly number[];
  until: string | null;
  count: number | null;
}

/** "Repeats every 2 weeks on Tuesday and Friday, 10 times in all", in the reader's language. */
export function recurrenceSummary(recurrence: RecurrenceSummaryInput, t: TFunction, locale: string): string {
  const count = recurrence.interval;
  const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    [...recurrence.weekdays].sort((a, b) => a - b).map((weekday) => weekdayName(weekday, locale)),
  );
  const head =
    recurrence.frequency === 'DAILY'
      ? t('publishing.repeat.summaryDaily', { count })
      : t('publishing.repeat.summaryWeekly', { count, days });
  const end =
    recurrence.count !== null
      ? t('publishing.repeat.summaryCount', { count: recurrence.count })
      : recurrence.until
        ? t('publishing.repeat.summaryUntil', {
            date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
              new Date(`${recurrence.until}T12:00:00Z`),
            ),
          })
        : '';
  return `${head}${end}.`;
}
