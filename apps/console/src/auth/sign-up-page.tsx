import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, SegmentedControl, Stack, Text, TextInput, Input } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { useFormApiError } from '../graphql/use-form-api-error';
import { isUiLanguage, localeFromLanguage } from '../i18n/language';
import { SignUpMutation } from './auth.graphql';
import { AuthLayout } from './auth-layout';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';
import { useSessionManager } from './session-context';
import { PasswordField } from '../ui/password-field';

const FIELDS = ['agencyName', 'name', 'email', 'password', 'locale'] as const;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const session = useSessionManager();
  const [signUp, { loading }] = useMutation(SignUpMutation);

  const schema = useMemo(
    () =>
      z.object({
        agencyName: z
          .string()
          .trim()
          .min(2, t('validation.minLength', { count: 2 }))
          .max(120, t('validation.maxLength', { count: 120 })),
        name: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(120, t('validation.maxLength', { count: 120 })),
        email: z.email(t('validation.email')).max(254, t('validation.maxLength', { count: 254 })),
        password: z
          .string()
          .min(PASSWORD_MIN_LENGTH, t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH }))
          .max(PASSWORD_MAX_LENGTH, t('validation.maxLength', { count: PASSWORD_MAX_LENGTH })),
        locale: z.enum(['FR', 'EN']),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      agencyName: '',
      name: '',
      email: '',
      password: '',
      locale: localeFromLanguage(isUiLanguage(i18n.language) ? i18n.language : 'fr'),
    },
  });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const result = await signUp({ variables: { input: values } });
      if (result.data) session.establish(result.data.signUp);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <AuthLayout title={t('auth.signUp.title')} subtitle={t('auth.signUp.subtitle')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={t('auth.fields.agencyName')}
            required
            {...form.register('agencyName')}
            error={errors.agencyName?.message}
          />
          <TextInput
            label={t('auth.fields.name')}
            autoComplete="name"
            required
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.register('email')}
            error={errors.email?.message}
          />
          <PasswordField
            label={t('auth.fields.password')}
            description={t('auth.fields.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.register('password')}
            error={errors.password?.message}
          />
          <Controller
            control={form.control}
            name="locale"
            render={({ field }) => (
              <Input.Wrapper label={t('auth.fields.language')}>
                <SegmentedControl
                  aria-label={t('auth.fields.language')}
                  fullWidth
                  value={field.value}
                  onChange={(value) => field.onChange(value === 'EN' ? 'EN' : 'FR')}
                  data={[
                    { value: 'FR', label: t('language.names.fr') },
                    { value: 'EN', label: t('language.names.en') },
                  ]}
                />
              </Input.Wrapper>
            )}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
          <Text size="sm" ta="center" c="dimmed">
            {t('auth.signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in" size="sm">
              {t('auth.signIn.submit')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
