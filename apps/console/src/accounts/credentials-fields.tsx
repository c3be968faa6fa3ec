import { Input, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CredentialsValues } from './credentials-schema';
import { PasswordField } from '../ui/password-field';

export type CredentialsFieldName = `credentials.${keyof CredentialsValues}`;

interface CredentialsFieldsProps {
  registerField(name: CredentialsFieldName): UseFormRegisterReturn;
  errors: FieldErrors<CredentialsValues> | undefined;
}

/** Token fields. They are write-only: the API never sends tokens back, so they always start empty. */
export function CredentialsFields({ registerField, errors }: CredentialsFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <div>
        <Input.Label>{t('accounts.fields.credentials')}</Input.Label>
        <Text size="xs" c="dimmed">
          {t('accounts.fields.credentialsHint')}
        </Text>
      </div>
      <PasswordField
        label={t('accounts.fields.accessToken')}
        required
        autoComplete="off"
        {...registerField('credentials.accessToken')}
        error={errors?.accessToken?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PasswordField
          label={t('accounts.fields.refreshToken')}
          autoComplete="off"
          {...registerField('credentials.refreshToken')}
          error={errors?.refreshToken?.message}
        />
        <TextInput
          label={t('accounts.fields.expiresAt')}
          type="datetime-local"
          {...registerField('credentials.expiresAt')}
          error={errors?.expiresAt?.message}
        />
      </SimpleGrid>
    </Stack>
  );
}
