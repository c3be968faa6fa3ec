import { Button, ColorInput, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiFieldError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';

/** What every named entity of a brand's planning (a campaign, a label) has: a name and a colour. */
export interface NamedEntityValues {
  id: string | null;
  name: string;
  color: string;
}

export interface NamedEntityModalProps<V extends NamedEntityValues> {
  /** The entity to edit, or a new one (`id` null); null when closed. */
  value: V | null;
  titles: { create: string; edit: string };
  nameMaxLength: number;
  swatches?: string[];
  savedMessage: string;
  saving: boolean;
  /** Creates (no `id`) or updates the entity with the values, name already trimmed. */
  save(values: V): Promise<unknown>;
  /** A field error's words when this form knows better than the generic message, else undefined. */
  fieldMessage?(field: ApiFieldError): string | undefined;
  /** Fields shown after the name and colour. */
  extraFields?(values: V, change: (values: V) => void, errors: Record<string, string>): ReactNode;
  onClose(): void;
  onSaved(): void;
}

/** Creates or edits a named, coloured entity: one modal for campaigns and labels. */
export function NamedEntityModal<V extends NamedEntityValues>(props: NamedEntityModalProps<V>) {
  const { value, titles, onClose } = props;
  return (
    <Modal opened={value !== null} onClose={onClose} title={value?.id ? titles.edit : titles.create} centered>
      {value ? <NamedEntityForm {...props} initial={value} /> : null}
    </Modal>
  );
}

function useNamedEntitySubmit<V extends NamedEntityValues>(
  props: NamedEntityModalProps<V>,
  values: V,
): { errors: Record<string, string>; formError: string | null; submit(): Promise<void> } {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async () => {
    setErrors({});
    setFormError(null);
    if (!values.name.trim()) {
      setErrors({ name: t('validation.required') });
      return;
    }
    try {
      await props.save({ ...values, name: values.name.trim() });
      notifySuccess(props.savedMessage);
      props.onSaved();
    } catch (error) {
      const apiError = toApiError(error);
      const next: Record<string, string> = {};
      for (const field of apiError.fields) {
        next[field.field] =
          field.constraint === 'taken'
            ? t('posts.campaigns.nameTaken')
            : (props.fieldMessage?.(field) ?? fieldErrorMessage(field, t));
      }
      setErrors(next);
      if (apiError.fields.length === 0) setFormError(errorMessage(apiError, t));
    }
  };
  return { errors, formError, submit };
}

function NamedEntityForm<V extends NamedEntityValues>(props: NamedEntityModalProps<V> & { initial: V }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initial);
  const { errors, formError, submit } = useNamedEntitySubmit(props, values);

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
          maxLength={props.nameMaxLength}
          required
          error={errors['name']}
          data-autofocus
        />
        <ColorInput
          label={t('posts.campaigns.color')}
          value={values.color}
          onChange={(color) => setValues({ ...values, color })}
          swatches={props.swatches}
          format="hex"
          error={errors['color']}
        />
        {props.extraFields?.(values, setValues, errors)}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.saving}>
            {values.id ? t('posts.campaigns.save') : t('posts.campaigns.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
