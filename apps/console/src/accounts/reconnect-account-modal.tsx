import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { useFormApiError } from '../graphql/use-form-api-error';
import { ReconnectSocialAccountMutation, SocialAccountsQuery } from './accounts.graphql';
import type { AccountRow } from './accounts-table';
import { CredentialsFields } from './credentials-fields';
import { credentialsSchema, EMPTY_CREDENTIALS, toCredentialsInput } from './credentials-schema';

const FIELDS = ['credentials.accessToken', 'credentials.refreshToken', 'credentials.expiresAt'] as const;

interface ReconnectAccountModalProps {
  account: AccountRow | null;
  onClose(): void;
}

export function ReconnectAccountModal({ account, onClose }: ReconnectAccountModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ credentials: credentialsSchema(t) }), [t]);
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { credentials: EMPTY_CREDENTIALS },
  });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);
  const [reconnect] = useMutation(ReconnectSocialAccountMutation, {
    refetchQueries: [SocialAccountsQuery, 'Brands'],
  });

  const close = () => {
    form.reset({ credentials: EMPTY_CREDENTIALS });
    clearFormError();
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    if (!account) return;
    clearFormError();
    try {
      await reconnect({
        variables: { input: { id: account.id, credentials: toCredentialsInput(values.credentials) } },
      });
      notifySuccess(t('accounts.reconnect.done', { handle: account.handle }));
      close();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Modal opened={account !== null} onClose={close} title={t('accounts.reconnect.title')} size="lg" centered>
      {account ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <Text size="sm">
              {t('accounts.reconnect.intro', {
                handle: account.handle,
                network: t(`networks.${account.network}`),
              })}
            </Text>
            {account.statusReason ? (
              <Alert color="red" variant="light" title={t('accounts.reason')}>
                {account.statusReason}
              </Alert>
            ) : null}
            <FormError message={formError} />
            <CredentialsFields
              registerField={(name) => form.register(name)}
              errors={form.formState.errors.credentials}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={form.formState.isSubmitting}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('accounts.reconnect.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
