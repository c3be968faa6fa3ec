import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Select, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDateTime } from '../i18n/format';
import { useUiLanguage } from '../i18n/use-ui-language';
import { SendLinkModal } from '../ui/send-link-modal';

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
  const { errors } = form.formState;

  return (
    <SendLinkModal<Values, CreatedLink>
      opened={opened}
      form={form}
      defaults={defaults}
      fields={FIELDS}
      texts={{
        title: t('approval.send.title'),
        submit: t('approval.send.submit'),
        link: t('approval.send.link'),
        copy: t('approval.send.copy'),
        once: (created) => t(created.emailedTo ? 'approval.send.linkOnceEmailed' : 'approval.send.linkOnce'),
      }}
      onCreate={(values) =>
        onCreate({
          recipientName: values.recipientName.trim(),
          recipientEmail: values.recipientEmail.trim() || null,
          expiresInHours: Number(values.expiresInHours),
        })
      }
      onClose={onClose}
      intro={<Text size="sm">{t('approval.send.intro', { count: postCount })}</Text>}
      before={(created) => (
        <Text size="sm">
          {t('approval.send.created', { date: formatDateTime(created.expiresAt, language, zone) })}
        </Text>
      )}
      after={(created) =>
        created.emailedTo ? (
          <Alert color="teal" variant="light">
            {t('approval.send.emailed', { email: created.emailedTo })}
          </Alert>
        ) : null
      }
    >
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
    </SendLinkModal>
  );
}
