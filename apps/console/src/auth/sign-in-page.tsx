import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { SignInMutation } from './auth.graphql';
import { AuthLayout } from './auth-layout';
import { useSessionManager } from './session-context';
import { PasswordField } from '../ui/password-field';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSessionManager();
  const [params] = useSearchParams();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z.object({
        email: z.email(t('validation.email')),
        password: z.string().min(1, t('validation.required')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await signIn({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      if (result.data) session.establish(result.data.signIn);
    } catch (error) {
      const apiError = toApiError(error);
      setFailure(
        apiError.code === 'UNAUTHENTICATED' || apiError.code === 'BAD_USER_INPUT'
          ? t('auth.signIn.invalidCredentials')
          : errorMessage(apiError, t),
      );
    }
  });

  return (
    <AuthLayout title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {params.get('expired') ? (
            <Alert color="yellow" variant="light">
              {t('auth.signIn.expired')}
            </Alert>
          ) : null}
          {failure ? (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="username"
            required
            {...form.register('email')}
            error={form.formState.errors.email?.message}
          />
          <PasswordField
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            {...form.register('password')}
            error={form.formState.errors.password?.message}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
          <Text size="sm" ta="center" c="dimmed">
            {t('auth.signIn.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up" size="sm">
              {t('auth.signIn.createAgency')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
