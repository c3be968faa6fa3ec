import { Alert, Button, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormApiError } from '../graphql/use-form-api-error';
import { FormError } from './form-error';

/** What the modal shows once the link exists: its address, at least. */
export interface SentLink {
  url: string;
}

/** The texts of a "send a link" modal, already translated. */
export interface SendLinkTexts<Created> {
  title: string;
  submit: string;
  /** The address field's label. */
  link: string;
  copy: string;
  /** The warning that the address is shown this once. */
  once(created: Created): string;
}

interface SendLinkModalProps<Values extends FieldValues, Created extends SentLink> {
  opened: boolean;
  /** The form of the link's settings; the modal submits it, shows its API errors and resets it on close. */
  form: UseFormReturn<Values>;
  defaults: DefaultValues<Values>;
  /** The form's fields as the API names them (a constant), for field errors from the API. */
  fields: readonly Path<Values>[];
  texts: SendLinkTexts<Created>;
  /** Creates the link; throws the API's error. */
  onCreate(values: Values): Promise<Created>;
  onClose(): void;
  /** What the form is about, above it. */
  intro?: ReactNode;
  /** The form's fields. */
  children: ReactNode;
  /** What to say above the address once created, and below it (e.g. where it was e-mailed). */
  before?(created: Created): ReactNode;
  after?(created: Created): ReactNode;
}

/**
 * A link created from a small form and shown once (only a hash of its token is kept), with a button to
 * copy it: the connect link for a brand's own people, the review link for a client.
 */
export function SendLinkModal<Values extends FieldValues, Created extends SentLink>({
  opened,
  form,
  defaults,
  fields,
  texts,
  onCreate,
  onClose,
  intro,
  children,
  before,
  after,
}: SendLinkModalProps<Values, Created>) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<Created | null>(null);
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, fields);
  const { isSubmitting } = form.formState;

  const close = () => {
    form.reset(defaults);
    clearFormError();
    setCreated(null);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      setCreated(await onCreate(values));
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={texts.title} size="lg" centered>
      {created ? (
        <Stack>
          {before?.(created)}
          <TextInput
            label={texts.link}
            value={created.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          {after?.(created)}
          <Alert color="yellow" variant="light">
            {texts.once(created)}
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={created.url}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('common.copied') : texts.copy}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            {intro}
            <FormError message={formError} />
            {children}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={isSubmitting}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting}>
                {texts.submit}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
