import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password-rules';
import { useFormApiError } from '../graphql/use-form-api-error';
import { ChangePasswordMutation } from './profile.graphql';
import { PasswordField } from '../ui/password-field';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function PasswordForm() {
  const { t } = useTranslation();
  const [changePassword] = useMutation(ChangePasswordMutation);
  const schema = useMemo(
    () =>
      z
        .object({
          currentPassword: z.string().min(1, t('validation.required')),
          newPassword: z
            .string()
            .min(PASSWORD_MIN_LENGTH, t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH }))
            .max(PASSWORD_MAX_LENGTH, t('validation.maxLength', { count: PASSWORD_MAX_LENGTH })),
          confirmPassword: z.string(),
        })
        .refine((values) => values.newPassword === values.confirmPassword, {
          path: ['confirmPassword'],
          message: t('profile.password.mismatch'),
        }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const empty: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const serverMessages = useMemo(() => ({ currentPassword: t('profile.password.wrongCurrent') }), [t]);
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS, serverMessages);
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      await changePassword({
        variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } },
      });
      form.reset(empty);
      notifySuccess(t('profile.password.changed'));
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={formError} />
        <PasswordField
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
          {...form.register('currentPassword')}
          error={errors.currentPassword?.message}
        />
        <PasswordField
          label={t('profile.password.new')}
          description={t('auth.fields.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.register('newPassword')}
          error={errors.newPassword?.message}
        />
        <PasswordField
          label={t('profile.password.confirm')}
          autoComplete="new-password"
          required
          {...form.register('confirmPassword')}
          error={errors.confirmPassword?.message}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('profile.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
