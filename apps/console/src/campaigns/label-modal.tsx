import { useMutation } from '@apollo/client/react';
import { Button, ColorInput, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { CreateLabelMutation, UpdateLabelMutation } from './campaigns.graphql';

export interface LabelValues {
  id: string | null;
  name: string;
  color: string;
}

export const NEW_LABEL: LabelValues = { id: null, name: '', color: '#868e96' };

interface LabelModalProps {
  brandId: string;
  label: LabelValues | null;
  onClose(): void;
  onSaved(): void;
}

/** Creates or renames a label. */
export function LabelModal({ brandId, label, onClose, onSaved }: LabelModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={label !== null}
      onClose={onClose}
      title={label?.id ? t('posts.campaigns.editLabel') : t('posts.campaigns.newLabel')}
      centered
    >
      {label ? <LabelForm brandId={brandId} initial={label} onSaved={onSaved} onCancel={onClose} /> : null}
    </Modal>
  );
}

function LabelForm({
  brandId,
  initial,
  onSaved,
  onCancel,
}: {
  brandId: string;
  initial: LabelValues;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateLabelMutation);
  const [update, updating] = useMutation(UpdateLabelMutation);

  const submit = async () => {
    setErrors({});
    setFormError(null);
    if (!values.name.trim()) {
      setErrors({ name: t('validation.required') });
      return;
    }
    try {
      const fields = { name: values.name.trim(), color: values.color };
      if (values.id) await update({ variables: { input: { id: values.id, ...fields } } });
      else await create({ variables: { input: { brandId, ...fields } } });
      notifySuccess(t('posts.campaigns.labelSaved'));
      onSaved();
    } catch (error) {
      const apiError = toApiError(error);
      const next: Record<string, string> = {};
      for (const field of apiError.fields) {
        next[field.field] =
          field.constraint === 'taken' ? t('posts.campaigns.nameTaken') : fieldErrorMessage(field, t);
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
          maxLength={60}
          required
          error={errors['name']}
          data-autofocus
        />
        <ColorInput
          label={t('posts.campaigns.color')}
          value={values.color}
          onChange={(color) => setValues({ ...values, color })}
          format="hex"
          error={errors['color']}
        />
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
