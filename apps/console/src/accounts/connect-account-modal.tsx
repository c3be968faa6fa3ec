import type { TFunction } from 'i18next';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { useFormApiError } from '../graphql/use-form-api-error';
import { ownershipRefusal } from './ownership-refusal';
import { ConnectSocialAccountMutation, SocialAccountsQuery } from './accounts.graphql';
import { CredentialsFields } from './credentials-fields';
import { credentialsSchema, EMPTY_CREDENTIALS, toCredentialsInput } from './credentials-schema';
import { NETWORKS, requiresInstanceUrl, usesInstanceUrl } from './networks';

const FIELDS = [
  'brandId',
  'network',
  'handle',
  'externalId',
  'displayName',
  'instanceUrl',
  'credentials.accessToken',
  'credentials.refreshToken',
  'credentials.expiresAt',
] as const;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function connectSchema(t: TFunction) {
  return z
    .object({
      brandId: z.string().min(1, t('validation.required')),
      network: z.enum(['MASTODON', 'BLUESKY', 'FACEBOOK_PAGE', 'LINKEDIN', 'X']),
      handle: z
        .string()
        .trim()
        .min(1, t('validation.required'))
        .max(200, t('validation.maxLength', { count: 200 })),
      externalId: z
        .string()
        .trim()
        .min(1, t('validation.required'))
        .max(200, t('validation.maxLength', { count: 200 })),
      displayName: z
        .string()
        .trim()
        .max(200, t('validation.maxLength', { count: 200 })),
      instanceUrl: z
        .string()
        .trim()
        .max(300, t('validation.maxLength', { count: 300 }))
        .refine((value) => value === '' || isHttpUrl(value), t('accounts.validation.instanceUrl')),
      credentials: credentialsSchema(t),
    })
    .refine((values) => !requiresInstanceUrl(values.network) || values.instanceUrl !== '', {
      path: ['instanceUrl'],
      message: t('accounts.validation.instanceUrlRequired'),
    });
}

type ConnectValues = z.infer<ReturnType<typeof connectSchema>>;

interface ConnectAccountModalProps {
  opened: boolean;
  onClose(): void;
  /** The brands the account may belong to; with one brand the choice is made. */
  brands: ReadonlyArray<{ id: string; name: string }>;
  brandId?: string;
}

export function ConnectAccountModal({ opened, onClose, brands, brandId }: ConnectAccountModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => connectSchema(t), [t]);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  /** The brand that already has the account, once the API said so: sharing it becomes possible. */
  const [sharedWith, setSharedWith] = useState<string | null>(null);
  const [share, setShare] = useState(false);
  const [connect] = useMutation(ConnectSocialAccountMutation, {
    refetchQueries: [SocialAccountsQuery, 'Brands'],
  });
  const defaults: ConnectValues = {
    brandId: brandId ?? '',
    network: 'MASTODON',
    handle: '',
    externalId: '',
    displayName: '',
    instanceUrl: '',
    credentials: EMPTY_CREDENTIALS,
  };
  const form = useForm<ConnectValues>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);
  const { errors, isSubmitting } = form.formState;
  const network = useWatch({ control: form.control, name: 'network' });

  const close = () => {
    form.reset(defaults);
    clearFormError();
    setSharedWith(null);
    setShare(false);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const result = await connect({
        variables: {
          input: {
            brandId: values.brandId,
            network: values.network,
            handle: values.handle,
            externalId: values.externalId,
            ...(values.displayName ? { displayName: values.displayName } : {}),
            ...(usesInstanceUrl(values.network) && values.instanceUrl
              ? { instanceUrl: values.instanceUrl }
              : {}),
            credentials: toCredentialsInput(values.credentials),
            ...(sharedWith && share ? { share: true } : {}),
            idempotencyKey,
          },
        },
      });
      if (!result.data) return;
      notifySuccess(t('accounts.connect.done', { handle: result.data.connectSocialAccount.handle }));
      setIdempotencyKey(crypto.randomUUID());
      close();
    } catch (error) {
      const refusal = ownershipRefusal(error, t);
      if (!refusal) {
        handleError(error);
        return;
      }
      setSharedWith(refusal.brand);
      form.setError('externalId', { type: 'server', message: refusal.message }, { shouldFocus: true });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('accounts.connect.title')} size="lg" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <FormError message={formError} />
          {brandId ? null : (
            <Controller
              control={form.control}
              name="brandId"
              render={({ field }) => (
                <Select
                  label={t('accounts.fields.brand')}
                  required
                  searchable
                  data={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.brandId?.message}
                />
              )}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="network"
              render={({ field }) => (
                <Select<Network>
                  label={t('accounts.fields.network')}
                  required
                  allowDeselect={false}
                  data={NETWORKS.map((value) => ({ value, label: t(`networks.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  error={errors.network?.message}
                />
              )}
            />
            <TextInput
              label={t('accounts.fields.handle')}
              placeholder={t('accounts.fields.handlePlaceholder')}
              required
              {...form.register('handle')}
              error={errors.handle?.message}
            />
            <TextInput
              label={t('accounts.fields.externalId')}
              description={t('accounts.fields.externalIdHint')}
              required
              {...form.register('externalId')}
              error={errors.externalId?.message}
            />
            <TextInput
              label={t('accounts.fields.displayName')}
              {...form.register('displayName')}
              error={errors.displayName?.message}
            />
          </SimpleGrid>
          {usesInstanceUrl(network) ? (
            <TextInput
              label={t('accounts.fields.instanceUrl')}
              placeholder={network === 'MASTODON' ? 'https://mastodon.social' : 'https://bsky.social'}
              required={requiresInstanceUrl(network)}
              {...form.register('instanceUrl')}
              error={errors.instanceUrl?.message}
            />
          ) : null}
          <CredentialsFields registerField={(name) => form.register(name)} errors={errors.credentials} />
          {sharedWith ? (
            <Checkbox
              label={t('accounts.share.label', { brand: sharedWith })}
              description={t('accounts.share.description')}
              checked={share}
              onChange={(event) => setShare(event.currentTarget.checked)}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={isSubmitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('accounts.connect.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
