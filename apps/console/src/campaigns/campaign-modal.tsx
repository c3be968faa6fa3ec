import '@mantine/dates/styles.css';
import { useMutation } from '@apollo/client/react';
import { Button, ColorInput, Group, Modal, Stack, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { CreateCampaignMutation, UpdateCampaignMutation } from './campaigns.graphql';

export interface CampaignValues {
  id: string | null;
  name: string;
  color: string;
  startsOn: string | null;
  endsOn: string | null;
}

export const NEW_CAMPAIGN: CampaignValues = {
  id: null,
  name: '',
  color: '#228be6',
  startsOn: null,
  endsOn: null,
};

const SWATCHES = ['#228be6', '#2f9e44', '#e8590c', '#c2255c', '#7048e8', '#1098ad', '#f08c00', '#495057'];

interface CampaignModalProps {
  brandId: string;
  /** The campaign to edit, or `NEW_CAMPAIGN`; null when closed. */
  campaign: CampaignValues | null;
  onClose(): void;
  onSaved(): void;
}

/** Creates or edits a campaign: name, colour and dates (days of the brand's calendar). */
export function CampaignModal({ brandId, campaign, onClose, onSaved }: CampaignModalProps) {
  const { t } = useTranslation();
  const opened = campaign !== null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={campaign?.id ? t('posts.campaigns.editCampaign') : t('posts.campaigns.newCampaign')}
      centered
    >
      {campaign ? (
        <CampaignForm brandId={brandId} initial={campaign} onSaved={onSaved} onCancel={onClose} />
      ) : null}
    </Modal>
  );
}

function CampaignForm({
  brandId,
  initial,
  onSaved,
  onCancel,
}: {
  brandId: string;
  initial: CampaignValues;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateCampaignMutation);
  const [update, updating] = useMutation(UpdateCampaignMutation);

  const submit = async () => {
    setErrors({});
    setFormError(null);
    if (!values.name.trim()) {
      setErrors({ name: t('validation.required') });
      return;
    }
    try {
      const fields = {
        name: values.name.trim(),
        color: values.color,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
      };
      if (values.id) await update({ variables: { input: { id: values.id, ...fields } } });
      else await create({ variables: { input: { brandId, ...fields } } });
      notifySuccess(t('posts.campaigns.campaignSaved'));
      onSaved();
    } catch (error) {
      const apiError = toApiError(error);
      const next: Record<string, string> = {};
      for (const field of apiError.fields) {
        next[field.field] =
          field.constraint === 'taken'
            ? t('posts.campaigns.nameTaken')
            : field.constraint === 'afterStart'
              ? t('posts.campaigns.endsBeforeStart')
              : fieldErrorMessage(field, t);
      }
      setErrors(next);
      if (apiError.fields.length === 0) setFormError(errorMessage(apiError, t));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack>
        <FormError message={formError} />
        <TextInput
          label={t('posts.campaigns.name')}
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          maxLength={120}
          required
          error={errors['name']}
          data-autofocus
        />
        <ColorInput
          label={t('posts.campaigns.color')}
          value={values.color}
          onChange={(color) => setValues({ ...values, color })}
          swatches={SWATCHES}
          format="hex"
          error={errors['color']}
        />
        <DatesProvider settings={{ locale: language, firstDayOfWeek: language === 'fr' ? 1 : 0 }}>
          <DatePickerInput
            type="range"
            allowSingleDateInRange
            label={t('posts.campaigns.dates')}
            placeholder={t('posts.campaigns.noDates')}
            value={[values.startsOn, values.endsOn]}
            onChange={([startsOn, endsOn]) => setValues({ ...values, startsOn, endsOn })}
            valueFormat={language === 'fr' ? 'DD/MM/YYYY' : 'MMM D, YYYY'}
            clearable
            error={errors['endsOn'] ?? errors['startsOn']}
          />
        </DatesProvider>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {values.id ? t('posts.campaigns.save') : t('posts.campaigns.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
