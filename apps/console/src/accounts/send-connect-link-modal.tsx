import type { TFunction } from 'i18next';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { useFormApiError } from '../graphql/use-form-api-error';
import { ConnectLinksQuery, CreateConnectLinkMutation } from '../connect/connect.graphql';
import { NETWORKS } from './networks';

const FIELDS = ['networks', 'expiresInHours', 'recipientEmail'] as const;
const EXPIRY_HOURS = [24, 72, 168, 336] as const;
const DEFAULT_EXPIRY = '72';

function linkSchema(t: TFunction) {
  return z.object({
    networks: z
      .array(z.enum(['MASTODON', 'BLUESKY', 'FACEBOOK_PAGE', 'LINKEDIN', 'X']))
      .min(1, t('connect.links.networksRequired')),
    expiresInHours: z.string(),
    recipientEmail: z
      .string()
      .trim()
      .max(200, t('validation.maxLength', { count: 200 }))
      .refine((value) => value === '' || z.email().safeParse(value).success, t('validation.email')),
  });
}

type LinkValues = z.infer<ReturnType<typeof linkSchema>>;

/**
 * "Send a connect link": for the brand's own people to connect its accounts without an agency login.
 * The address is shown once (only a hash of its token is kept), with a button to copy it.
 */
export function SendConnectLinkModal({
  brandId,
  opened,
  onClose,
}: {
  brandId: string;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => linkSchema(t), [t]);
  const [url, setUrl] = useState<string | null>(null);
  const [create] = useMutation(CreateConnectLinkMutation, {
    refetchQueries: [{ query: ConnectLinksQuery, variables: { brandId } }],
  });
  const defaults: LinkValues = {
    networks: [...NETWORKS],
    expiresInHours: DEFAULT_EXPIRY,
    recipientEmail: '',
  };
  const form = useForm<LinkValues>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    form.reset(defaults);
    clearFormError();
    setUrl(null);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const result = await create({
        variables: {
          input: {
            brandId,
            networks: values.networks,
            expiresInHours: Number(values.expiresInHours),
            ...(values.recipientEmail ? { recipientEmail: values.recipientEmail } : {}),
          },
        },
      });
      setUrl(result.data?.createConnectLink.url ?? null);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('connect.links.sendTitle')} size="lg" centered>
      {url ? (
        <Stack>
          <TextInput
            label={t('connect.links.url')}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <Alert color="yellow" variant="light">
            {t('connect.links.once')}
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('common.copied') : t('connect.links.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <FormError message={formError} />
            <Controller
              control={form.control}
              name="networks"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('connect.links.networks')}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={errors.networks?.message}
                >
                  <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs">
                    {NETWORKS.map((network) => (
                      <Checkbox key={network} value={network} label={t(`networks.${network}`)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            />
            <Controller
              control={form.control}
              name="expiresInHours"
              render={({ field }) => (
                <Select
                  label={t('connect.links.validity')}
                  data={EXPIRY_HOURS.map((hours) => ({
                    value: String(hours),
                    label: t('connect.links.days', { count: hours / 24 }),
                  }))}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? DEFAULT_EXPIRY)}
                  allowDeselect={false}
                />
              )}
            />
            <TextInput
              label={t('connect.links.recipientEmail')}
              description={t('connect.links.recipientEmailHint')}
              type="email"
              {...form.register('recipientEmail')}
              error={errors.recipientEmail?.message}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={isSubmitting}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting}>
                {t('connect.links.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
