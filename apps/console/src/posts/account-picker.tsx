import { Badge, Checkbox, Group, Input, Stack, Text } from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { NETWORK_ORDER } from './composer-draft';

export interface PickableAccount {
  id: string;
  network: Network;
  handle: string;
  displayName: string | null;
  status: string;
}

interface AccountPickerProps {
  accounts: readonly PickableAccount[];
  value: string[];
  onChange(ids: string[]): void;
  readOnly: boolean;
  error?: string | null;
}

/** The brand's live accounts to publish on, by network. */
export function AccountPicker({ accounts, value, onChange, readOnly, error }: AccountPickerProps) {
  const { t } = useTranslation();
  const live = accounts
    .filter((account) => account.status !== 'DISCONNECTED')
    .sort((a, b) => NETWORK_ORDER.indexOf(a.network) - NETWORK_ORDER.indexOf(b.network));
  return (
    <Checkbox.Group
      label={t('posts.composer.accounts')}
      description={t('posts.composer.accountsHint')}
      value={value}
      onChange={readOnly ? undefined : onChange}
      error={error}
    >
      {live.length === 0 ? (
        <Input.Description mt="xs">{t('posts.composer.noAccounts')}</Input.Description>
      ) : (
        <Stack gap="xs" mt="xs">
          {live.map((account) => (
            <Checkbox
              key={account.id}
              value={account.id}
              disabled={readOnly}
              label={
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {t(`posts.networks.${account.network}`)}
                  </Text>
                  <Text size="sm">{account.handle}</Text>
                  {account.status === 'NEEDS_RECONNECTION' ? (
                    <Badge color="orange" variant="light" size="sm">
                      {t('posts.composer.needsReconnection')}
                    </Badge>
                  ) : null}
                </Group>
              }
            />
          ))}
        </Stack>
      )}
    </Checkbox.Group>
  );
}
