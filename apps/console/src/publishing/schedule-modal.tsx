import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import { Alert, Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import type { RecurrenceInput, ScheduleMode } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { timezoneLabel } from '../brands/timezones';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { apiFieldMessage } from '../posts/rule-message';
import { RecurrenceFields } from './recurrence-fields';
import { defaultRecurrence, recurrenceErrors, toRecurrenceInput } from './recurrence-form';
import { ScheduleModeFields, useNextSlot } from './schedule-mode-fields';
import { intlLocale } from '../i18n/language';
import { daylightSavingNotice, instantToWallClock, nextSlot, wallClockToInstant } from './schedule-time';
import { useUiLanguage } from '../i18n/use-ui-language';

/** What the dialog asks `schedulePost` for. */
export interface ScheduleRequest {
  mode: ScheduleMode;
  /** AT only: the instant (ISO, UTC). */
  scheduledAt: string | null;
  recurrence: RecurrenceInput | null;
  /** NEXT_SLOT: the slot shown when confirming (the service picks the free one at that moment). */
  slot: string | null;
}

interface ScheduleModalProps {
  opened: boolean;
  brandId: string;
  /** The brand's IANA time zone: the picked time is read there, whatever the browser's zone. */
  zone: string;
  /** The time already planned, if any. */
  current: string | null;
  onClose(): void;
  /** Throws the API's error. */
  onConfirm(request: ScheduleRequest): Promise<void>;
}

/** Picks when an approved post goes out (a time in the brand's zone, its next free slot, or now) and whether it repeats. */
export function ScheduleModal({ opened, brandId, zone, current, onClose, onConfirm }: ScheduleModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [mode, setMode] = useState<ScheduleMode>('AT');
  const [value, setValue] = useState<string | null>(() =>
    current ? instantToWallClock(current, zone) : nextSlot(new Date(), zone),
  );
  const [repeat, setRepeat] = useState(() =>
    defaultRecurrence(current ? new Date(current) : new Date(), zone),
  );
  const [showErrors, setShowErrors] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const next = useNextSlot(brandId, mode !== 'NEXT_SLOT');
  const minDate = instantToWallClock(new Date(), zone);

  const picked = value ? wallClockToInstant(value, zone) : null;
  // Said before saving: the clock change moves the picked time, or the time happens twice.
  const clockChange = mode === 'AT' && value ? daylightSavingNotice(value, zone, intlLocale(language)) : null;
  const first =
    mode === 'AT'
      ? picked
        ? new Date(picked)
        : null
      : mode === 'NEXT_SLOT'
        ? next.slot
          ? new Date(next.slot)
          : null
        : new Date();
  const repeatErrors = recurrenceErrors(repeat, first ?? new Date(), zone);

  const confirm = async () => {
    setFormError(null);
    setShowErrors(true);
    if (mode === 'AT') {
      if (!picked) return setFieldError(t('approval.schedule.required'));
      if (new Date(picked).getTime() <= Date.now()) return setFieldError(t('approval.schedule.inPast'));
    }
    if (mode === 'NEXT_SLOT' && !next.slot) return;
    if (Object.keys(repeatErrors).length > 0) return;
    setFieldError(null);
    setSaving(true);
    try {
      await onConfirm({
        mode,
        scheduledAt: mode === 'AT' ? picked : null,
        recurrence: toRecurrenceInput(repeat),
        slot: mode === 'NEXT_SLOT' ? next.slot : null,
      });
    } catch (error) {
      const apiError = toApiError(error);
      const scheduled = apiError.fields.find((entry) => entry.field === 'scheduledAt');
      // What the post's networks refuse (e.g. an image without alt text), named file by file.
      const refused = apiError.fields.filter((entry) => entry.field.startsWith('variants.'));
      if (scheduled) setFieldError(fieldErrorMessage(scheduled, t));
      else if (refused.length > 0) setFormError(refused.map((entry) => apiFieldMessage(entry, t)).join(' '));
      else setFormError(errorMessage(apiError, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('approval.schedule.title')} centered size="lg">
      <DatesProvider settings={{ locale: language, firstDayOfWeek: language === 'fr' ? 1 : 0 }}>
        <Stack>
          <FormError message={formError} />
          <ScheduleModeFields
            mode={mode}
            onChange={(nextMode) => {
              setMode(nextMode);
              setFieldError(null);
            }}
            brandId={brandId}
            zone={zone}
            slot={next.slot}
            slotLoading={next.loading}
          />
          {mode === 'AT' ? (
            <DateTimePicker
              label={t('approval.schedule.when')}
              description={t('approval.schedule.zone', { zone: timezoneLabel(zone, new Date()) })}
              value={value}
              onChange={(nextValue) => {
                setValue(nextValue);
                setFieldError(null);
              }}
              minDate={minDate}
              valueFormat={language === 'fr' ? 'DD/MM/YYYY HH:mm' : 'MMM D, YYYY h:mm A'}
              timePickerProps={{ format: language === 'fr' ? '24h' : '12h' }}
              required
              error={fieldError}
              popoverProps={{ withinPortal: true }}
            />
          ) : mode === 'NEXT_SLOT' ? (
            <Text size="xs" c="dimmed">
              {t('approval.schedule.zone', { zone: timezoneLabel(zone, new Date()) })}
            </Text>
          ) : null}
          {clockChange ? (
            <Alert color="orange" variant="light" data-testid="schedule-clock-change">
              {t(`approval.schedule.dst.${clockChange.kind}`, { ...clockChange })}
            </Alert>
          ) : null}
          <Divider />
          <RecurrenceFields
            value={repeat}
            onChange={setRepeat}
            errors={showErrors ? repeatErrors : {}}
            first={first}
            zone={zone}
          />
          {mode === 'NOW' ? null : (
            <Text size="xs" c="dimmed">
              {t('approval.schedule.hint')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => void confirm()}
              loading={saving}
              disabled={mode === 'NEXT_SLOT' && !next.slot}
            >
              {mode === 'NOW' ? t('publishing.mode.publishNow') : t('approval.actions.SCHEDULE')}
            </Button>
          </Group>
        </Stack>
      </DatesProvider>
    </Modal>
  );
}
