import type { TFunction } from 'i18next';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  PasswordInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { useFormApiError } from '../graphql/use-form-api-error';
import { ConnectBlueskyAccountMutation, StartAccountConnectionMutation } from '../connect/connect.graphql';
import {
  BLUESKY_APP_PASSWORDS_URL,
  callbackUrl,
  connectsByConsent,
  rememberConnection,
  SCOPES,
  scopeKey,
} from '../connect/connect-flow';
import { SocialAccountsQuery } from './accounts.graphql';
import { NETWORKS } from './networks';

const FIELDS = ['brandId', 'network', 'instanceUrl', 'identifier', 'appPassword'] as const;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function connectSchema(t: TFunction, needsBrand: boolean) {
  return z
    .object({
      brandId: z.string(),
      network: z.enum(['MASTODON', 'BLUESKY', 'FACEBOOK_PAGE', 'LINKEDIN', 'X']),
      instanceUrl: z
        .string()
        .trim()
        .max(300, t('validation.maxLength', { count: 300 })),
      identifier: z
        .string()
        .trim()
        .max(253, t('validation.maxLength', { count: 253 })),
      appPassword: z.string().max(200, t('validation.maxLength', { count: 200 })),
    })
    .refine((values) => !needsBrand || values.brandId !== '', {
      path: ['brandId'],
      message: t('validation.required'),
    })
    .refine((values) => values.network !== 'MASTODON' || isHttpUrl(values.instanceUrl), {
      path: ['instanceUrl'],
      message: t('connect.validation.instanceUrl'),
    })
    .refine((values) => values.network !== 'BLUESKY' || values.identifier.length >= 3, {
      path: ['identifier'],
      message: t('connect.validation.identifier'),
    })
    .refine((values) => values.network !== 'BLUESKY' || values.appPassword.length >= 4, {
      path: ['appPassword'],
      message: t('connect.validation.appPassword'),
    });
}

type ConnectValues = z.infer<ReturnType<typeof connectSchema>>;

/** An account to reconnect: same network, same account on it. */
export interface ReconnectTarget {
  id: string;
  brandId: string;
  network: Network;
  handle: string;
  instanceUrl?: string | null;
}

interface ConnectAccountModalProps {
  opened: boolean;
  onClose(): void;
  /** The brands the account may belong to; with one brand (or a link) the choice is made. */
  brands: ReadonlyArray<{ id: string; name: string }>;
  brandId?: string;
  /** Started from a brand's connect link (no agency login): the link decides the brand. */
  linkToken?: string;
  /** The networks allowed (a connect link may limit them). */
  networks?: readonly Network[];
  /** Reconnect this flagged account instead of connecting a new one. */
  reconnect?: ReconnectTarget | null;
  /** Bluesky connects at once: told when it is done. */
  onConnected?(): void;
}

/**
 * Connecting an account the network's way: pick the network, see which permissions Relais will ask
 * for and why, then go to the network's own page to sign in and consent (the network sends the
 * browser back to `/connect/callback`). Bluesky has no such page: it takes an app password, which
 * the service checks with the server at once. Nothing secret is kept in the browser.
 */
export function ConnectAccountModal({
  opened,
  onClose,
  brands,
  brandId,
  linkToken,
  networks = NETWORKS,
  reconnect,
  onConnected,
}: ConnectAccountModalProps) {
  const { t } = useTranslation();
  const needsBrand = !brandId && !linkToken && !reconnect;
  const schema = useMemo(() => connectSchema(t, needsBrand), [t, needsBrand]);
  const [start] = useMutation(StartAccountConnectionMutation);
  const [connectBluesky] = useMutation(ConnectBlueskyAccountMutation, {
    refetchQueries: linkToken ? [] : [SocialAccountsQuery, 'Brands'],
  });
  const defaults: ConnectValues = {
    brandId: reconnect?.brandId ?? brandId ?? '',
    network: reconnect?.network ?? networks[0] ?? 'X',
    instanceUrl: reconnect?.instanceUrl ?? '',
    identifier: reconnect?.network === 'BLUESKY' ? reconnect.handle.replace(/^@/, '') : '',
    appPassword: '',
  };
  const form = useForm<ConnectValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);
  const { errors, isSubmitting } = form.formState;
  const network = useWatch({ control: form.control, name: 'network' });

  const close = () => {
    form.reset(defaults);
    clearFormError();
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    const target = {
      ...(linkToken ? { linkToken } : { brandId: values.brandId || brandId }),
      ...(reconnect ? { accountId: reconnect.id } : {}),
    };
    try {
      if (values.network === 'BLUESKY') {
        const result = await connectBluesky({
          variables: {
            input: { ...target, identifier: values.identifier, appPassword: values.appPassword },
          },
        });
        if (!result.data) return;
        notifySuccess(t('connect.bluesky.done', { handle: result.data.connectBlueskyAccount.handle }));
        close();
        onConnected?.();
        return;
      }
      const result = await start({
        variables: {
          input: {
            ...target,
            network: values.network,
            ...(values.network === 'MASTODON' ? { instanceUrl: values.instanceUrl } : {}),
            redirectUri: callbackUrl(),
          },
        },
      });
      const started = result.data?.startAccountConnection;
      if (!started) return;
      rememberConnection({ connectionId: started.connectionId, ...(linkToken ? { linkToken } : {}) });
      window.location.assign(started.authorizeUrl);
    } catch (error) {
      handleError(error);
    }
  });

  const title = reconnect
    ? t('connect.reconnectTitle', { handle: reconnect.handle, network: t(`networks.${reconnect.network}`) })
    : t('connect.title');

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <FormError message={formError} />
          {needsBrand ? (
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
          ) : null}
          {reconnect ? null : (
            <Controller
              control={form.control}
              name="network"
              render={({ field }) => (
                <Radio.Group
                  label={t('connect.network')}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={errors.network?.message}
                >
                  <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs">
                    {networks.map((value) => (
                      <Radio key={value} value={value} label={t(`networks.${value}`)} />
                    ))}
                  </SimpleGrid>
                </Radio.Group>
              )}
            />
          )}
          {network === 'MASTODON' ? (
            <TextInput
              label={t('connect.instanceUrl')}
              description={t('connect.instanceUrlHint')}
              placeholder={t('connect.instanceUrlPlaceholder')}
              required
              {...form.register('instanceUrl')}
              error={errors.instanceUrl?.message}
            />
          ) : null}
          {network === 'BLUESKY' ? (
            <Stack gap="sm">
              <Alert variant="light" color="blue">
                <Text size="sm">{t('connect.bluesky.explanation')}</Text>
                <Anchor href={BLUESKY_APP_PASSWORDS_URL} target="_blank" rel="noreferrer" size="sm">
                  {t('connect.bluesky.where')}
                </Anchor>
              </Alert>
              <TextInput
                label={t('connect.bluesky.identifier')}
                placeholder={t('connect.bluesky.identifierPlaceholder')}
                required
                autoComplete="off"
                {...form.register('identifier')}
                error={errors.identifier?.message}
              />
              <PasswordInput
                label={t('connect.bluesky.appPassword')}
                description={t('connect.bluesky.appPasswordHint')}
                placeholder={t('connect.bluesky.appPasswordPlaceholder')}
                required
                autoComplete="off"
                {...form.register('appPassword')}
                error={errors.appPassword?.message}
              />
            </Stack>
          ) : null}
          {connectsByConsent(network) ? (
            <Stack gap={6} aria-label={t('connect.scopesTitle')} role="group">
              <Text size="sm" fw={600}>
                {t('connect.scopesTitle')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('connect.scopesIntro', { network: t(`networks.${network}`) })}
              </Text>
              <List size="sm" spacing={4}>
                {SCOPES[network].map((scope) => (
                  <List.Item key={scope}>
                    <Text span size="sm" ff="monospace">
                      {scope}
                    </Text>
                    {' — '}
                    {t(scopeKey(scope))}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={isSubmitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {network === 'BLUESKY'
                ? t('connect.bluesky.submit')
                : t('connect.continue', { network: t(`networks.${network}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
