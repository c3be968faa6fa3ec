import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { useFormApiError } from '../graphql/use-form-api-error';
import { COMMENT_MAX_LENGTH } from './limits';

const FIELDS = ['comment'] as const;

interface ReviewNoteModalProps {
  opened: boolean;
  title: string;
  intro?: string;
  label: string;
  confirmLabel: string;
  /** A request for changes must say what to change. */
  required: boolean;
  danger?: boolean;
  onClose(): void;
  /** Throws the API's error, which the form shows. */
  onConfirm(comment: string): Promise<void>;
}

/** Confirms a review action that carries a text: a submission note, an approval or a request for changes. */
export function ReviewNoteModal(props: ReviewNoteModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => {
    const text = z
      .string()
      .trim()
      .max(COMMENT_MAX_LENGTH, t('validation.maxLength', { count: COMMENT_MAX_LENGTH }));
    return z.object({
      comment: props.required ? text.min(1, t('approval.validation.commentRequired')) : text,
    });
  }, [props.required, t]);
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { comment: '' } });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);

  const close = () => {
    form.reset({ comment: '' });
    clearFormError();
    props.onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      await props.onConfirm(values.comment);
      form.reset({ comment: '' });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Modal opened={props.opened} onClose={close} title={props.title} centered size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {props.intro ? <Text size="sm">{props.intro}</Text> : null}
          <FormError message={formError} />
          <Textarea
            label={props.label}
            required={props.required}
            autosize
            minRows={4}
            maxRows={12}
            data-autofocus
            {...form.register('comment')}
            error={form.formState.errors.comment?.message}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={form.formState.isSubmitting}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={props.danger ? 'orange' : undefined}
              loading={form.formState.isSubmitting}
            >
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
