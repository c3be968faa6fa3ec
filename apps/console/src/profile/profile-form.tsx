import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Input, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { useSession, useSessionManager } from '../auth/session-context';
import { useFormApiError } from '../graphql/use-form-api-error';
import { UpdateProfileMutation } from './profile.graphql';

const FIELDS = ['name', 'locale'] as const;

/** Name and language; the console switches language as soon as it is saved. */
export function ProfileForm() {
  const { t } = useTranslation();
  const { user } = useSession();
  const session = useSessionManager();
  const [updateProfile] = useMutation(UpdateProfileMutation);
  const schema = useMemo(
    () =>
      z.object({
        name: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(120, t('validation.maxLength', { count: 120 })),
        locale: z.enum(['FR', 'EN']),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: user.name, locale: user.locale },
  });
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS);

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const result = await updateProfile({ variables: { input: values } });
      if (!result.data) return;
      session.updateUser(result.data.updateProfile);
      form.reset(values);
      notifySuccess(t('profile.saved'));
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('auth.fields.email')} value={user.email} readOnly disabled />
        <TextInput
          label={t('auth.fields.name')}
          required
          {...form.register('name')}
          error={form.formState.errors.name?.message}
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
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
