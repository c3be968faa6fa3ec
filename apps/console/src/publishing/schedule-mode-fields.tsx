import { useQuery } from '@apollo/client/react';
import { Anchor, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ScheduleMode } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUiLanguage } from '../i18n/use-ui-language';
import { intlLocale } from '../i18n/language';
import { PostingSlotsQuery } from './publishing.graphql';
import { formatOccurrence } from './recurrence-form';

export const SCHEDULE_MODES: readonly ScheduleMode[] = ['AT', 'NEXT_SLOT', 'NOW'];

/** The brand's next free posting slot (null while loading, or when it has none). */
export function useNextSlot(brandId: string, skip: boolean) {
  const { data, loading } = useQuery(PostingSlotsQuery, {
    variables: { brandId, upcoming: 1 },
    fetchPolicy: 'network-only',
    skip,
  });
  return { slot: data?.postingSlots.upcoming[0] ?? null, loading };
}

interface ScheduleModeFieldsProps {
  mode: ScheduleMode;
  onChange(mode: ScheduleMode): void;
  brandId: string;
  zone: string;
  slot: string | null;
  slotLoading: boolean;
}

/** At a date and time, at the brand's next free slot (saying which), or now. */
export function ScheduleModeFields({
  mode,
  onChange,
  brandId,
  zone,
  slot,
  slotLoading,
}: ScheduleModeFieldsProps) {
  const { t } = useTranslation();
  const locale = intlLocale(useUiLanguage());
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="schedule-mode-label">
        {t('publishing.mode.label')}
      </Text>
      <SegmentedControl
        aria-labelledby="schedule-mode-label"
        fullWidth
        value={mode}
        onChange={(next) => onChange(SCHEDULE_MODES.find((entry) => entry === next) ?? 'AT')}
        data={SCHEDULE_MODES.map((entry) => ({ value: entry, label: t(`publishing.mode.${entry}`) }))}
      />
      {mode === 'NOW' ? (
        <Text size="sm" c="dimmed">
          {t('publishing.mode.nowHint')}
        </Text>
      ) : null}
      {mode === 'NEXT_SLOT' ? (
        slotLoading ? (
          <Loader size="xs" />
        ) : slot ? (
          <Text size="sm" fw={500}>
            {t('publishing.mode.slot', { date: formatOccurrence(slot, locale, zone) })}
          </Text>
        ) : (
          <Text size="sm" c="orange.8">
            {t('publishing.mode.noSlot')}{' '}
            <Anchor component={Link} to={`/brands/${brandId}/slots`} size="sm">
              {t('publishing.mode.slotsLink')}
            </Anchor>
          </Text>
        )
      ) : null}
    </Stack>
  );
}
