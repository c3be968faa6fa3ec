import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { useFormApiError } from '../graphql/use-form-api-error';
import { formatDate } from '../i18n/format';
import { isUiLanguage, localeFromLanguage } from '../i18n/language';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './auth.graphql';
import { AuthLayout } from './auth-layout';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';
import { useSessionManager } from './session-context';
import { PasswordField } from '../ui/password-field';

const FIELDS = ['name', 'password'] as const;

function AcceptForm({ token, userExists }: { token: string; userExists: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useSessionManager();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';

  const schema = useMemo(
    () =>
      z.object({
        name: userExists
          ? z.string()
          : z
              .string()
              .trim()
              .min(1, t('validation.required'))
              .max(120, t('validation.maxLength', { count: 120 })),
        password: userExists
          ? z.string().min(1, t('validation.required'))
          : z
              .string()
              .min(PASSWORD_MIN_LENGTH, t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH }))
              .max(PASSWORD_MAX_LENGTH, t('validation.maxLength', { count: PASSWORD_MAX_LENGTH })),
      }),
    [t, userExists],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', password: '' } });
  const serverMessages = useMemo(
    () => (userExists ? { password: t('auth.accept.wrongPassword') } : undefined),
    [t, userExists],
  );
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS, serverMessages);

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const result = await accept({
        variables: {
          input: {
            token,
            password: values.password,
            ...(userExists ? {} : { name: values.name, locale: localeFromLanguage(language) }),
          },
        },
      });
      if (!result.data) return;
      if (session.getState().status === 'signedIn') await session.signOut();
      session.establish(result.data.acceptInvitation);
      await navigate('/brands', { replace: true });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={formError} />
        {userExists ? (
          <Text size="sm">{t('auth.accept.existingAccount')}</Text>
        ) : (
          <TextInput
            label={t('auth.fields.name')}
            autoComplete="name"
            required
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
        )}
        <PasswordField
          label={userExists ? t('auth.fields.currentPassword') : t('auth.fields.choosePassword')}
          description={userExists ? undefined : t('auth.fields.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          autoComplete={userExists ? 'current-password' : 'new-password'}
          required
          {...form.register('password')}
          error={form.formState.errors.password?.message}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.accept.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const { data, loading, error } = useQuery(InvitationPreviewQuery, {
    variables: { token },
    skip: token.length === 0,
    fetchPolicy: 'network-only',
  });
  const preview = data?.invitationPreview;

  let body;
  if (token.length === 0 || error) {
    const code = error ? toApiError(error).code : 'NOT_FOUND';
    body = (
      <Stack>
        <Alert color="red" variant="light" role="alert" title={t('auth.accept.invalidTitle')}>
          {code === 'NOT_FOUND' || code === 'BAD_USER_INPUT'
            ? t('auth.accept.invalid')
            : errorMessage(toApiError(error), t)}
        </Alert>
        <Button component={Link} to="/sign-in" variant="light">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    );
  } else if (loading || !preview) {
    body = <Skeleton height={160} />;
  } else {
    body = (
      <Stack>
        <Text>
          {t('auth.accept.intro', { agency: preview.agencyName, role: t(`roles.${preview.role}`) })}
        </Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('auth.accept.email')}
          </Text>
          <Text size="sm" fw={600}>
            {preview.email}
          </Text>
        </Group>
        {preview.brandNames.length > 0 ? (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('auth.accept.brands')}
            </Text>
            {preview.brandNames.map((name) => (
              <Badge key={name} variant="light">
                {name}
              </Badge>
            ))}
          </Group>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('auth.accept.expires', { date: formatDate(preview.expiresAt, language) })}
        </Text>
        <AcceptForm token={token} userExists={preview.userExists} />
      </Stack>
    );
  }

  return (
    <AuthLayout title={t('auth.accept.title')} subtitle={preview ? preview.agencyName : undefined}>
      {body}
    </AuthLayout>
  );
}
