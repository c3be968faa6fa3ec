import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { PostingSlotsFieldsFragment } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { FormError } from '../ui/form-error';
import { LoadError } from '../ui/load-error';
import { notifySuccess } from '../ui/notify';
import { timezoneLabel } from '../brands/timezones';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { intlLocale } from '../i18n/language';
import { MAX_SLOTS, nextRow, slotErrors, toSlotsInput, type SlotRow } from './posting-slots-form';
import { PostingSlotsQuery, SetPostingSlotsMutation } from './publishing.graphql';
import { formatOccurrence, weekdayName, weekdayOrder } from './recurrence-form';

const UPCOMING = 5;

interface EditorProps {
  brandId: string;
  saved: PostingSlotsFieldsFragment;
  canManage: boolean;
}

function SlotsForm({ brandId, saved, canManage }: EditorProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const locale = intlLocale(language);
  const [rows, setRows] = useState<SlotRow[]>(() => saved.slots.map((slot) => ({ ...slot })));
  const [checked, setChecked] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetPostingSlotsMutation, {
    refetchQueries: [PostingSlotsQuery],
    awaitRefetchQueries: true,
  });
  const errors = slotErrors(rows);
  const days = weekdayOrder(language).map((weekday) => ({
    value: String(weekday),
    label: weekdayName(weekday, locale),
  }));
  const change = (index: number, changes: Partial<SlotRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));

  const submit = async () => {
    setChecked(true);
    setFormError(null);
    if (errors.some(Boolean)) return;
    try {
      await save({ variables: { input: { brandId, slots: toSlotsInput(rows) } } });
      setChecked(false);
      notifySuccess(t('publishing.slots.saved'));
    } catch (error) {
      setFormError(errorMessage(toApiError(error), t));
    }
  };

  return (
    <Stack gap="sm">
      <FormError message={formError} />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('publishing.slots.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {rows.map((row, index) => {
            const error =
              checked && errors[index]
                ? t(`publishing.slots.${errors[index]}` as 'publishing.slots.duplicate')
                : null;
            const dayName = weekdayName(row.weekday, locale);
            return (
              <Group key={index} component="li" gap="xs" align="flex-start" wrap="nowrap">
                <Select
                  aria-label={t('publishing.slots.weekday')}
                  data={days}
                  value={String(row.weekday)}
                  allowDeselect={false}
                  onChange={(value) => change(index, { weekday: Number(value) || 1 })}
                  disabled={!canManage}
                  w={170}
                  comboboxProps={{ withinPortal: true }}
                />
                <TextInput
                  aria-label={t('publishing.slots.time')}
                  placeholder="09:00"
                  value={row.time}
                  onChange={(event) => change(index, { time: event.currentTarget.value })}
                  disabled={!canManage}
                  w={110}
                  error={error}
                />
                {canManage ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    aria-label={t('publishing.slots.remove', { day: dayName, time: row.time })}
                    onClick={() => setRows(rows.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      )}
      {canManage ? (
        <Group>
          <Button
            variant="default"
            onClick={() => setRows([...rows, nextRow(rows)])}
            disabled={rows.length >= MAX_SLOTS}
          >
            {t('publishing.slots.add')}
          </Button>
          <Button onClick={() => void submit()} loading={loading}>
            {t('publishing.slots.save')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('publishing.slots.readOnly')}
        </Text>
      )}
    </Stack>
  );
}

/** The brand's weekly posting slots (a tab of the brand page), and the next free ones. */
export function PostingSlotsEditor({ brandId, canManage }: { brandId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const locale = intlLocale(useUiLanguage());
  const { data, error, refetch } = useQuery(PostingSlotsQuery, {
    variables: { brandId, upcoming: UPCOMING },
    fetchPolicy: 'cache-and-network',
  });
  const slots = data?.postingSlots;
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('publishing.slots.title')}>
      <Stack>
        <Stack gap={2}>
          <Title order={4}>{t('publishing.slots.title')}</Title>
          {slots ? (
            <Text size="sm" c="dimmed">
              {t('publishing.slots.intro', { zone: timezoneLabel(slots.timezone, new Date()) })}
            </Text>
          ) : null}
        </Stack>
        {error && !slots ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : !slots ? (
          <Skeleton height={160} />
        ) : (
          <>
            <SlotsForm
              key={slots.updatedAt ?? 'never'}
              brandId={brandId}
              saved={slots}
              canManage={canManage}
            />
            <Stack gap={4} role="group" aria-label={t('publishing.slots.upcoming')}>
              <Text size="sm" fw={600}>
                {t('publishing.slots.upcoming')}
              </Text>
              {slots.upcoming.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('publishing.slots.noUpcoming')}
                </Text>
              ) : (
                slots.upcoming.map((at) => (
                  <Text key={at} size="sm">
                    {formatOccurrence(at, locale, slots.timezone)}
                  </Text>
                ))
              )}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
