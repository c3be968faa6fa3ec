import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { AccountCredentialsInput } from '@relais/web-graphql';

export const TOKEN_MAX_LENGTH = 4096;

export function credentialsSchema(t: TFunction) {
  return z.object({
    accessToken: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(TOKEN_MAX_LENGTH, t('validation.maxLength', { count: TOKEN_MAX_LENGTH })),
    refreshToken: z
      .string()
      .trim()
      .max(TOKEN_MAX_LENGTH, t('validation.maxLength', { count: TOKEN_MAX_LENGTH })),
    /** A `datetime-local` value ("2026-05-01T09:30"), in the browser's zone, or empty. */
    expiresAt: z
      .string()
      .refine(
        (value) => value === '' || !Number.isNaN(new Date(value).getTime()),
        t('accounts.validation.expiresAt'),
      ),
  });
}

export type CredentialsValues = z.infer<ReturnType<typeof credentialsSchema>>;

export const EMPTY_CREDENTIALS: CredentialsValues = { accessToken: '', refreshToken: '', expiresAt: '' };

export function toCredentialsInput(values: CredentialsValues): AccountCredentialsInput {
  return {
    accessToken: values.accessToken,
    ...(values.refreshToken ? { refreshToken: values.refreshToken } : {}),
    ...(values.expiresAt ? { expiresAt: new Date(values.expiresAt).toISOString() } : {}),
  };
}
