import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/ui/form-error';
import { timezoneLabel } from '../brands/timezones';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { instantToWallClock, nextSlot, wallClockToInstant } from './schedule-time';
import { useUiLanguage } from './use-ui-language';

interface ScheduleModalProps {
  opened: boolean;
  /** The brand's IANA time zone: the picked time is read there, whatever the browser's zone. */
  zone: string;
  /** The time already planned, if any. */
  current: string | null;
  onClose(): void;
  /** Receives the instant (ISO, UTC); throws the API's error. */
  onConfirm(scheduledAt: string): Promise<void>;
}

/** Picks when an approved post goes out, in the brand's time zone. */
export function ScheduleModal({ opened, zone, current, onClose, onConfirm }: ScheduleModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [value, setValue] = useState<string | null>(() =>
    current ? instantToWallClock(current, zone) : nextSlot(new Date(), zone),
  );
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const minDate = instantToWallClock(new Date(), zone);

  const confirm = async () => {
    setFormError(null);
    const instant = value ? wallClockToInstant(value, zone) : null;
    if (!instant) {
      setFieldError(t('approval.schedule.required'));
      return;
    }
    if (new Date(instant).getTime() <= Date.now()) {
      setFieldError(t('approval.schedule.inPast'));
      return;
    }
    setFieldError(null);
    setSaving(true);
    try {
      await onConfirm(instant);
    } catch (error) {
      const apiError = toApiError(error);
      const scheduled = apiError.fields.find((entry) => entry.field === 'scheduledAt');
      if (scheduled) setFieldError(fieldErrorMessage(scheduled, t));
      else setFormError(errorMessage(apiError, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('approval.schedule.title')} centered>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: language === 'fr' ? 1 : 0 }}>
        <Stack>
          <FormError message={formError} />
          <DateTimePicker
            label={t('approval.schedule.when')}
            description={t('approval.schedule.zone', { zone: timezoneLabel(zone, new Date()) })}
            value={value}
            onChange={(next) => {
              setValue(next);
              setFieldError(null);
            }}
            minDate={minDate}
            valueFormat={language === 'fr' ? 'DD/MM/YYYY HH:mm' : 'MMM D, YYYY h:mm A'}
            timePickerProps={{ format: language === 'fr' ? '24h' : '12h' }}
            required
            error={fieldError}
            popoverProps={{ withinPortal: true }}
          />
          <Text size="xs" c="dimmed">
            {t('approval.schedule.hint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={saving}>
              {t('approval.actions.SCHEDULE')}
            </Button>
          </Group>
        </Stack>
      </DatesProvider>
    </Modal>
  );
}
