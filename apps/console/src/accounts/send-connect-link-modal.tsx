import type { TFunction } from 'i18next';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SendLinkModal } from '../ui/send-link-modal';
import { ConnectLinksQuery, CreateConnectLinkMutation } from '../connect/connect.graphql';
import { NETWORKS } from './networks';

const FIELDS = ['networks', 'expiresInHours', 'recipientEmail'] as const;
const EXPIRY_HOURS = [24, 72, 168, 336] as const;
const DEFAULT_EXPIRY = '72';

function linkSchema(t: TFunction) {
  return z.object({
    networks: z
      .array(z.enum(['MASTODON', 'BLUESKY', 'FACEBOOK_PAGE', 'LINKEDIN', 'X']))
      .min(1, t('connect.links.networksRequired')),
    expiresInHours: z.string(),
    recipientEmail: z
      .string()
      .trim()
      .max(200, t('validation.maxLength', { count: 200 }))
      .refine((value) => value === '' || z.email().safeParse(value).success, t('validation.email')),
  });
}

type LinkValues = z.infer<ReturnType<typeof linkSchema>>;

/** "Send a connect link": for the brand's own people to connect its accounts without an agency login. */
export function SendConnectLinkModal({
  brandId,
  opened,
  onClose,
}: {
  brandId: string;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => linkSchema(t), [t]);
  const [create] = useMutation(CreateConnectLinkMutation, {
    refetchQueries: [{ query: ConnectLinksQuery, variables: { brandId } }],
  });
  const defaults: LinkValues = {
    networks: [...NETWORKS],
    expiresInHours: DEFAULT_EXPIRY,
    recipientEmail: '',
  };
  const form = useForm<LinkValues>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { errors } = form.formState;

  const createLink = async (values: LinkValues) => {
    const result = await create({
      variables: {
        input: {
          brandId,
          networks: values.networks,
          expiresInHours: Number(values.expiresInHours),
          ...(values.recipientEmail ? { recipientEmail: values.recipientEmail } : {}),
        },
      },
    });
    const url = result.data?.createConnectLink.url;
    if (!url) throw new Error('The connect link was not created');
    return { url };
  };

  return (
    <SendLinkModal
      opened={opened}
      form={form}
      defaults={defaults}
      fields={FIELDS}
      texts={{
        title: t('connect.links.sendTitle'),
        submit: t('connect.links.create'),
        link: t('connect.links.url'),
        copy: t('connect.links.copy'),
        once: () => t('connect.links.once'),
      }}
      onCreate={createLink}
      onClose={onClose}
    >
      <Controller
        control={form.control}
        name="networks"
        render={({ field }) => (
          <Checkbox.Group
            label={t('connect.links.networks')}
            value={field.value}
            onChange={(value) => field.onChange(value)}
            error={errors.networks?.message}
          >
            <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs">
              {NETWORKS.map((network) => (
                <Checkbox key={network} value={network} label={t(`networks.${network}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <Controller
        control={form.control}
        name="expiresInHours"
        render={({ field }) => (
          <Select
            label={t('connect.links.validity')}
            data={EXPIRY_HOURS.map((hours) => ({
              value: String(hours),
              label: t('connect.links.days', { count: hours / 24 }),
            }))}
            value={field.value}
            onChange={(value) => field.onChange(value ?? DEFAULT_EXPIRY)}
            allowDeselect={false}
          />
        )}
      />
      <TextInput
        label={t('connect.links.recipientEmail')}
        description={t('connect.links.recipientEmailHint')}
        type="email"
        {...form.register('recipientEmail')}
        error={errors.recipientEmail?.message}
      />
    </SendLinkModal>
  );
}
