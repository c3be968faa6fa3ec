import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { useFormApiError } from '../graphql/use-form-api-error';
import { formatDateTime } from '../i18n/format';
import { useUiLanguage } from '../i18n/use-ui-language';

const FIELDS = ['recipientName', 'recipientEmail', 'expiresInHours'] as const;
const EXPIRY_HOURS = [24, 72, 168, 336, 720] as const;
/** The service's default validity (`REVIEW_LINK_TTL_HOURS`): a week. */
const DEFAULT_EXPIRY = '168';

export interface ReviewLinkRequest {
  recipientName: string;
  recipientEmail: string | null;
  expiresInHours: number;
}

interface SendToClientModalProps {
  opened: boolean;
  /** How many posts the link covers. */
  postCount: number;
  zone: string;
  onClose(): void;
  /** Creates the link; throws the API's error. Resolves with what to show once. */
  onCreate(request: ReviewLinkRequest): Promise<CreatedLink>;
}

/** A created link: its address (shown once), expiry, and the address it was e-mailed to, if it was. */
export interface CreatedLink {
  url: string;
  expiresAt: string;
  emailedTo: string | null;
}

/** Sends posts to the client for review through a signed link, shown once with a copy button. */
export function SendToClientModal({ opened, postCount, zone, onClose, onCreate }: SendToClientModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        recipientName: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(120, t('validation.maxLength', { count: 120 })),
        recipientEmail: z.union([
          z.literal(''),
          z.email(t('validation.email')).max(254, t('validation.maxLength', { count: 254 })),
        ]),
        expiresInHours: z.string(),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const defaults: Values = { recipientName: '', recipientEmail: '', expiresInHours: DEFAULT_EXPIRY };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    form.reset(defaults);
    clearFormError();
    setCreated(null);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      setCreated(
        await onCreate({
          recipientName: values.recipientName.trim(),
          recipientEmail: values.recipientEmail.trim() || null,
          expiresInHours: Number(values.expiresInHours),
        }),
      );
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('approval.send.title')} centered size="lg">
      {created ? (
        <Stack>
          <Text size="sm">
            {t('approval.send.created', { date: formatDateTime(created.expiresAt, language, zone) })}
          </Text>
          <TextInput
            label={t('approval.send.link')}
            value={created.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          {created.emailedTo ? (
            <Alert color="teal" variant="light">
              {t('approval.send.emailed', { email: created.emailedTo })}
            </Alert>
          ) : null}
          <Alert color="yellow" variant="light">
            {t(created.emailedTo ? 'approval.send.linkOnceEmailed' : 'approval.send.linkOnce')}
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={created.url}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('common.copied') : t('approval.send.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <Text size="sm">{t('approval.send.intro', { count: postCount })}</Text>
            <FormError message={formError} />
            <TextInput
              label={t('approval.send.recipientName')}
              required
              data-autofocus
              {...form.register('recipientName')}
              error={errors.recipientName?.message}
            />
            <TextInput
              label={t('approval.send.recipientEmail')}
              description={t('approval.send.recipientEmailHint')}
              type="email"
              {...form.register('recipientEmail')}
              error={errors.recipientEmail?.message}
            />
            <Controller
              control={form.control}
              name="expiresInHours"
              render={({ field }) => (
                <Select
                  label={t('approval.send.expiresIn')}
                  data={EXPIRY_HOURS.map((hours) => ({
                    value: String(hours),
                    label: t('approval.send.expiry', { count: hours / 24 }),
                  }))}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? DEFAULT_EXPIRY)}
                  allowDeselect={false}
                  error={errors.expiresInHours?.message}
                />
              )}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={isSubmitting}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting}>
                {t('approval.send.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
