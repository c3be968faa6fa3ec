import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput, Input } from '@mantine/core';
import type { InviteMemberMutation as InviteResult, Role } from '@relais/web-graphql';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../ui/form-error';
import { ROLES, isBrandRole } from '../auth/permissions';
import { useFormApiError } from '../graphql/use-form-api-error';
import { isUiLanguage, localeFromLanguage } from '../i18n/language';
import { BrandScopeField, brandIdsForRole } from './brand-scope-field';
import { InviteMemberMutation, PendingInvitationsQuery } from './team.graphql';

const FIELDS = ['email', 'role', 'brandIds', 'locale'] as const;

interface InviteMemberModalProps {
  opened: boolean;
  onClose(): void;
  onInvited(result: InviteResult['inviteMember']): void;
  brands: ReadonlyArray<{ id: string; name: string }>;
  /** Roles the inviter may hand out. */
  roles?: readonly Role[];
}

export function InviteMemberModal({
  opened,
  onClose,
  onInvited,
  brands,
  roles = ROLES,
}: InviteMemberModalProps) {
  const { t, i18n } = useTranslation();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [invite] = useMutation(InviteMemberMutation, { refetchQueries: [PendingInvitationsQuery] });
  const schema = useMemo(
    () =>
      z
        .object({
          email: z.email(t('validation.email')).max(254, t('validation.maxLength', { count: 254 })),
          role: z.enum([
            'OWNER',
            'ADMIN',
            'ACCOUNT_MANAGER',
            'COMMUNITY_MANAGER',
            'ANALYST',
            'BRAND_APPROVER',
            'BRAND_VIEWER',
          ]),
          brandIds: z.array(z.string()),
          locale: z.enum(['FR', 'EN']),
        })
        .refine((values) => !isBrandRole(values.role) || values.brandIds.length === 1, {
          path: ['brandIds'],
          message: t('team.validation.oneBrand'),
        }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const defaults: Values = {
    email: '',
    role: roles.includes('COMMUNITY_MANAGER') ? 'COMMUNITY_MANAGER' : (roles[0] ?? 'BRAND_VIEWER'),
    brandIds: [],
    locale: localeFromLanguage(isUiLanguage(i18n.language) ? i18n.language : 'fr'),
  };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: defaults });
  const serverMessages = useMemo(() => ({ email: t('team.validation.emailTaken') }), [t]);
  const { formError, handleError, clearFormError } = useFormApiError(form.setError, FIELDS, serverMessages);
  const role = useWatch({ control: form.control, name: 'role' });
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    form.reset(defaults);
    clearFormError();
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const result = await invite({
        variables: {
          input: {
            email: values.email.trim(),
            role: values.role,
            brandIds: brandIdsForRole(values.role, values.brandIds),
            locale: values.locale,
            idempotencyKey,
          },
        },
      });
      if (!result.data) return;
      setIdempotencyKey(crypto.randomUUID());
      close();
      onInvited(result.data.inviteMember);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('team.invite.title')} size="md" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={t('team.fields.email')}
            type="email"
            required
            autoComplete="off"
            {...form.register('email')}
            error={errors.email?.message}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select<Role>
                label={t('team.fields.role')}
                required
                allowDeselect={false}
                data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
                value={field.value}
                onChange={(value) => {
                  if (!value) return;
                  field.onChange(value);
                  form.setValue('brandIds', []);
                }}
                error={errors.role?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="brandIds"
            render={({ field }) => (
              <BrandScopeField
                role={role}
                brands={brands}
                value={field.value}
                onChange={field.onChange}
                error={errors.brandIds?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="locale"
            render={({ field }) => (
              <Input.Wrapper label={t('team.fields.emailLanguage')}>
                <SegmentedControl
                  aria-label={t('team.fields.emailLanguage')}
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
            <Button variant="default" onClick={close} disabled={isSubmitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('team.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
