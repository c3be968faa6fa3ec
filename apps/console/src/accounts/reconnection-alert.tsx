import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert } from '../ui/icons';
import type { AccountRow } from './accounts-table';

interface ReconnectionAlertProps {
  accounts: readonly AccountRow[];
  brandNames?: ReadonlyMap<string, string>;
  canManage: boolean;
  onReconnect(account: AccountRow): void;
}

/** Accounts that can no longer publish, at the top of the page, each with why. */
export function ReconnectionAlert({ accounts, brandNames, canManage, onReconnect }: ReconnectionAlertProps) {
  const { t } = useTranslation();
  const needing = accounts.filter((account) => account.status === 'NEEDS_RECONNECTION');
  if (needing.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlert size={20} />}
      title={t('accounts.needsReconnectionCount', { count: needing.length })}
      role="alert"
    >
      <Text size="sm" mb="xs">
        {t('accounts.needsReconnectionHint')}
      </Text>
      <List
        spacing="sm"
        size="sm"
        listStyleType="none"
        styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
      >
        {needing.map((account) => (
          <List.Item key={account.id}>
            <Group gap="md" wrap="nowrap" justify="space-between" align="center">
              <div>
                <Text size="sm" fw={600}>
                  {t(`networks.${account.network}`)} · {account.handle}
                  {brandNames?.get(account.brandId) ? ` (${brandNames.get(account.brandId)})` : ''}
                </Text>
                <Text size="sm">{account.statusReason ?? t('accounts.noReason')}</Text>
              </div>
              {canManage ? (
                <Button size="xs" color="red" onClick={() => onReconnect(account)} style={{ flexShrink: 0 }}>
                  {t('accounts.reconnect.action')}
                </Button>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
