import { Chip, Group, NumberInput, Radio, Select, Stack, Switch, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { intlLocale } from '../i18n/language';
import {
  MAX_COUNT,
  MAX_INTERVAL,
  formatOccurrence,
  previewOccurrences,
  weekdayName,
  weekdayOrder,
  type RecurrenceErrors,
  type RecurrenceFormValues,
} from './recurrence-form';

interface RecurrenceFieldsProps {
  value: RecurrenceFormValues;
  onChange(next: RecurrenceFormValues): void;
  errors: RecurrenceErrors;
  /** The first occurrence, when known (for the preview). */
  first: Date | null;
  zone: string;
}

/** The repeat part of the schedule dialog: every N days or weeks (on chosen days), N times or until a date. */
export function RecurrenceFields({ value, onChange, errors, first, zone }: RecurrenceFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const locale = intlLocale(language);
  const set = (changes: Partial<RecurrenceFormValues>) => onChange({ ...value, ...changes });
  const error = (field: keyof RecurrenceErrors) =>
    errors[field] ? t(`publishing.repeat.${errors[field]}` as 'publishing.repeat.intervalInvalid') : null;
  const preview = value.enabled && first ? previewOccurrences(value, first, zone) : null;

  return (
    <Stack gap="sm">
      <Switch
        label={t('publishing.repeat.toggle')}
        checked={value.enabled}
        onChange={(event) => set({ enabled: event.currentTarget.checked })}
      />
      {value.enabled ? (
        <Stack gap="sm" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <Group align="flex-start" grow>
            <Select
              label={t('publishing.repeat.frequency')}
              data={[
                { value: 'DAILY', label: t('publishing.repeat.DAILY') },
                { value: 'WEEKLY', label: t('publishing.repeat.WEEKLY') },
              ]}
              value={value.frequency}
              allowDeselect={false}
              onChange={(next) => set({ frequency: next === 'DAILY' ? 'DAILY' : 'WEEKLY' })}
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput
              label={t('publishing.repeat.interval')}
              min={1}
              max={MAX_INTERVAL}
              value={value.interval}
              onChange={(next) => set({ interval: typeof next === 'number' ? next : Number(next) || 0 })}
              rightSection={
                <Text size="xs" c="dimmed" pr="xs">
                  {t(value.frequency === 'DAILY' ? 'publishing.repeat.days' : 'publishing.repeat.weeks', {
                    count: value.interval,
                  })}
                </Text>
              }
              rightSectionWidth={80}
              error={error('interval')}
            />
          </Group>
          {value.frequency === 'WEEKLY' ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('publishing.repeat.weekdays')}
              </Text>
              <Chip.Group
                multiple
                value={value.weekdays.map(String)}
                onChange={(next) => set({ weekdays: next.map(Number) })}
              >
                <Group gap={6}>
                  {weekdayOrder(language).map((weekday) => (
                    <Chip key={weekday} value={String(weekday)} size="xs">
                      {weekdayName(weekday, locale, 'short')}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              {error('weekdays') ? (
                <Text size="xs" c="red">
                  {error('weekdays')}
                </Text>
              ) : null}
            </Stack>
          ) : null}
          <Radio.Group
            label={t('publishing.repeat.end')}
            value={value.end}
            onChange={(next) => set({ end: next === 'until' ? 'until' : 'count' })}
          >
            <Stack gap="xs" mt={4}>
              <Group gap="sm" align="center">
                <Radio value="count" label={t('publishing.repeat.count')} />
                <NumberInput
                  aria-label={t('publishing.repeat.count')}
                  min={1}
                  max={MAX_COUNT}
                  w={90}
                  size="xs"
                  disabled={value.end !== 'count'}
                  value={value.count}
                  onChange={(next) => set({ count: typeof next === 'number' ? next : Number(next) || 0 })}
                  error={error('count')}
                />
                <Text size="sm">{t('publishing.repeat.times', { count: value.count })}</Text>
              </Group>
              <Group gap="sm" align="center">
                <Radio value="until" label={t('publishing.repeat.until')} />
                <DatePickerInput
                  aria-label={t('publishing.repeat.untilDate')}
                  size="xs"
                  w={160}
                  disabled={value.end !== 'until'}
                  value={value.until || null}
                  onChange={(next) => set({ until: next ?? '' })}
                  valueFormat={language === 'fr' ? 'DD/MM/YYYY' : 'MMM D, YYYY'}
                  error={error('until')}
                  popoverProps={{ withinPortal: true }}
                />
              </Group>
            </Stack>
          </Radio.Group>
          {preview && preview.dates.length > 0 ? (
            <Stack gap={2} aria-label={t('publishing.repeat.preview')} role="group">
              <Text size="sm" fw={500}>
                {t('publishing.repeat.preview')}
              </Text>
              {preview.dates.map((date) => (
                <Text key={date.toISOString()} size="xs">
                  {formatOccurrence(date, locale, zone)}
                </Text>
              ))}
              {preview.more ? (
                <Text size="xs" c="dimmed">
                  {t('publishing.repeat.more')}
                </Text>
              ) : null}
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
