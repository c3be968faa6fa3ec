import { Select, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timezoneLabel, timezoneOptions } from './timezones';

function normalise(text: string): string {
  return text.toLowerCase().replaceAll('_', ' ');
}

/** Finds "New York" in "America/New_York" and "+05:30" in "(UTC+05:30) Asia/Kolkata". */
const filterZones: OptionsFilter = ({ options, search }) => {
  const query = normalise(search.trim());
  if (!query) return options;
  return options.filter(
    (option: ComboboxParsedItem) => !('items' in option) && normalise(option.label).includes(query),
  );
};

interface TimezoneSelectProps {
  value: string;
  onChange(zone: string): void;
  onBlur?(): void;
  error?: string;
  disabled?: boolean;
}

/** A searchable list of every IANA zone with its offset from UTC today. */
export function TimezoneSelect({ value, onChange, onBlur, error, disabled }: TimezoneSelectProps) {
  const { t } = useTranslation();
  const options = useMemo(
    () => timezoneOptions(new Date()).map(({ value: zone, label }) => ({ value: zone, label })),
    [],
  );
  // A zone saved under a name this browser does not list still shows as selected.
  const data = useMemo(
    () =>
      value && !options.some((option) => option.value === value)
        ? [{ value, label: timezoneLabel(value, new Date()) }, ...options]
        : options,
    [options, value],
  );
  return (
    <Select
      label={t('brands.fields.timezone')}
      description={t('brands.fields.timezoneHint')}
      placeholder={t('brands.fields.timezonePlaceholder')}
      required
      searchable
      data={data}
      filter={filterZones}
      value={value || null}
      onChange={(zone) => onChange(zone ?? '')}
      onBlur={onBlur}
      error={error}
      disabled={disabled}
      nothingFoundMessage={t('common.nothingFound')}
      maxDropdownHeight={300}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
